// Interop checks of claimgraph's exports with independent parsers. Usage:
//   node export-check.mjs graphml FILE          -> {nodes, edges, keys, sample}
//   node export-check.mjs gexf FILE             -> {nodes, edges, version, sample}
//   node export-check.mjs vault DIR             -> {notes, frontmatterErrors, links, dangling, tags, aliases, tools}
//   node export-check.mjs canvas DIR            -> {canvases, nodes, edges, problems}
//   node export-check.mjs jsonld FILE CONTEXT   -> {quads}   (CONTEXT = local copy of the published context)
//   node export-check.mjs rdf FILE              -> {quads}   (Turtle / TriG / N-Quads by extension, parsed by n3)
//   node export-check.mjs neo4j DIR             -> {nodes, relationships, missing, duplicateIds, header}
// Prints one JSON object on stdout; exits 1 on a parse error. The parsers are real libraries
// (graphology, gray-matter, n3, jsonld, csv-parse, ajv, markdown-it; versions pinned in package-lock.json).
import fs from 'node:fs';
import path from 'node:path';
import Graph from 'graphology';
import graphml from 'graphology-graphml';
import gexf from 'graphology-gexf';
import matter from 'gray-matter';
import N3 from 'n3';
import jsonld from 'jsonld';
import { parse as parseCsv } from 'csv-parse/sync';
import { Ajv } from 'ajv';
import MarkdownIt from 'markdown-it';

const CONTEXT_URL = 'https://w3id.org/claimgraph/context.jsonld';
const [mode, ...args] = process.argv.slice(2);

function out(o) { process.stdout.write(JSON.stringify(o) + '\n'); }

function walk(dir, ext) {
  const res = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) res.push(...walk(p, ext));
    else if (p.endsWith(ext)) res.push(p);
  }
  return res.sort();
}

function graphSummary(g) {
  const sample = {};
  g.forEachNode((n, a) => { sample[n] = a; });
  const edgeTypes = {};
  g.forEachEdge((e, a) => { edgeTypes[a.type] = (edgeTypes[a.type] || 0) + 1; });
  return { nodes: g.order, edges: g.size, type: g.type, attributes: sample, edgeTypes };
}

async function main() {
  switch (mode) {
    case 'graphml': {
      const g = graphml.parse(Graph, fs.readFileSync(args[0], 'utf8'));
      out(graphSummary(g));
      break;
    }
    case 'gexf': {
      const text = fs.readFileSync(args[0], 'utf8');
      const g = gexf.parse(Graph, text);
      const s = graphSummary(g);
      s.version = (text.match(/<gexf[^>]*version="([^"]+)"/) || [])[1];
      out(s);
      break;
    }
    case 'vault': out(vault(args[0])); break;
    case 'canvas': out(canvas(args[0])); break;
    case 'jsonld': {
      const doc = JSON.parse(fs.readFileSync(args[0], 'utf8'));
      const ctx = JSON.parse(fs.readFileSync(args[1], 'utf8'));
      const documentLoader = async (url) => {
        if (url === CONTEXT_URL) return { contextUrl: null, documentUrl: url, document: ctx };
        throw new Error('refusing to load ' + url);
      };
      const expanded = await jsonld.expand(doc, { documentLoader });
      const nquads = await jsonld.toRDF(expanded, { format: 'application/n-quads', documentLoader });
      const lines = nquads.split('\n').filter((l) => l.trim().length > 0);
      out({ quads: new Set(lines).size, expandedTopLevel: expanded.length });
      break;
    }
    case 'rdf': {
      const text = fs.readFileSync(args[0], 'utf8');
      const format = args[0].endsWith('.trig') ? 'application/trig' : args[0].endsWith('.nq') ? 'application/n-quads' : 'text/turtle';
      const quads = new N3.Parser({ format }).parse(text);
      const keys = new Set(quads.map((q) => [q.subject.id, q.predicate.id, q.object.id, q.graph.id].join(' ')));
      out({ quads: keys.size });
      break;
    }
    case 'neo4j': out(neo4j(args[0])); break;
    default:
      console.error('unknown mode ' + mode);
      process.exit(2);
  }
}

// ---------------------------------------------------------------- Obsidian vault
//
// Wikilinks as Obsidian documents them (help.obsidian.md, "Internal links", "Link to a heading",
// "Link to a block", "Embed files", "Aliases"):
//   [[target]] [[target|shown text]] [[target#Heading]] [[target#Heading#Sub heading]] [[target#^block]]
//   [[#Heading]] (same note) and embeds ![[...]]. A target is a vault path without or with ".md", or a
//   file name, matched case-insensitively; a file name that two files share is ambiguous, and the link
//   must use the path. Aliases do NOT resolve [[alias]] (Obsidian writes [[Note|alias]]); they are
//   reported apart (aliasTargets). Links inside code (fenced, indented or `inline`) are not links: the
//   note body is parsed with markdown-it and only its text is searched. Headings come from the same
//   parse (ATX and setext, not inside code).

const md = new MarkdownIt({ html: true });
const WIKILINK = /(!?)\[\[([^\[\]]+?)\]\]/g;

/** Text of a markdown body outside code, and its headings. */
function parseBody(content) {
  const tokens = md.parse(content, {});
  const text = [];
  const headings = [];
  const blocks = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type === 'inline') {
      const plain = t.children.filter((c) => c.type === 'text' || c.type === 'softbreak' || c.type === 'hardbreak')
        .map((c) => (c.type === 'text' ? c.content : '\n')).join('');
      text.push(plain);
      const ids = plain.match(/(?:^|\s)\^([A-Za-z0-9-]+)\s*$/);
      if (ids) blocks.push(ids[1]);
      if (i > 0 && tokens[i - 1].type === 'heading_open') headings.push(t.content.trim());
    }
  }
  return { text: text.join('\n'), headings, blocks };
}

function vault(dir) {
  const files = walk(dir, '.md').map((f) => path.relative(dir, f).split(path.sep).join('/'));
  const byPath = new Map();   // lower-case path without .md -> rel
  const byName = new Map();   // lower-case file name without .md -> [rel]
  const byAlias = new Map();
  const parsed = new Map();   // rel -> {text, headings, blocks}
  const notes = {};
  const frontmatterErrors = [];
  for (const rel of files) {
    const text = fs.readFileSync(path.join(dir, rel), 'utf8');
    let fm;
    try {
      fm = matter(text);
    } catch (e) {
      frontmatterErrors.push(rel + ': ' + e.message);
      continue;
    }
    if (!text.startsWith('---\n') || Object.keys(fm.data).length === 0) frontmatterErrors.push(rel + ': no frontmatter');
    const noExt = rel.replace(/\.md$/, '');
    byPath.set(noExt.toLowerCase(), rel);
    const name = path.posix.basename(noExt).toLowerCase();
    byName.set(name, [...(byName.get(name) || []), rel]);
    for (const a of fm.data.aliases || []) byAlias.set(String(a).toLowerCase(), rel);
    parsed.set(rel, parseBody(fm.content));
    notes[rel] = { data: normalise(fm.data) };
  }
  for (const [name, rels] of byName) if (rels.length > 1) frontmatterErrors.push('file name "' + name + '" is shared by ' + rels.join(', '));
  const resolve = (target) => {
    const t = target.trim().replace(/\.md$/i, '').toLowerCase();
    if (byPath.has(t)) return byPath.get(t);
    const named = byName.get(t);
    return named && named.length === 1 ? named[0] : undefined;
  };
  // links in the body text, and in frontmatter values as Obsidian reads them (parsed YAML strings)
  const strings = (v) => (typeof v === 'string' ? [v] : Array.isArray(v) ? v.flatMap(strings)
    : v && typeof v === 'object' && !(v instanceof Date) ? Object.values(v).flatMap(strings) : []);
  let links = 0;
  const dangling = [];
  for (const rel of parsed.keys()) {
    const raw = [parsed.get(rel).text, ...strings(notes[rel].data)].join('\n');
    for (const m of raw.matchAll(WIKILINK)) {
      links++;
      const inner = m[2].split('|')[0];
      const [target, ...subpath] = inner.split('#');
      const file = target.trim() === '' ? rel : resolve(target);
      if (!file) { dangling.push(rel + ' -> ' + m[0]); continue; }
      if (subpath.length === 0) continue;
      const p = parsed.get(file);
      if (subpath[0].startsWith('^')) {
        if (!p.blocks.includes(subpath[0].slice(1))) dangling.push(rel + ' -> ' + m[0] + ' (no block)');
      } else if (!subpath.every((h) => p.headings.includes(h.trim()))) {
        dangling.push(rel + ' -> ' + m[0] + ' (no heading)');
      }
    }
  }
  const summary = {};
  for (const [rel, n] of Object.entries(notes)) summary[rel] = n.data;
  return { notes: files.length, frontmatterErrors, links, dangling, aliasTargets: Object.fromEntries(byAlias), frontmatter: summary };
}

function normalise(data) {
  const o = {};
  for (const [k, v] of Object.entries(data)) {
    o[k] = v instanceof Date ? { date: v.toISOString().slice(0, 10) } : v;
  }
  return o;
}

// ---------------------------------------------------------------- JSON Canvas
// Each .canvas file is validated against the JSON Canvas 1.0 schema (json-canvas-1.0.schema.json,
// written from the spec) with ajv; then what a schema cannot say: ids unique across nodes and
// edges, edges between existing nodes, file nodes pointing into the vault, no pile-up at (0,0).

const canvasSchema = JSON.parse(fs.readFileSync(new URL('./json-canvas-1.0.schema.json', import.meta.url), 'utf8'));
const validateCanvas = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(canvasSchema);

function canvas(dir) {
  const files = fs.existsSync(path.join(dir, 'Canvas')) ? walk(path.join(dir, 'Canvas'), '.canvas') : [];
  const problems = [];
  let nodes = 0, edges = 0;
  for (const f of files) {
    const c = JSON.parse(fs.readFileSync(f, 'utf8'));
    if (!validateCanvas(c)) {
      for (const e of validateCanvas.errors) problems.push(f + ': schema: ' + e.instancePath + ' ' + e.message);
      continue;
    }
    const ns = c.nodes || [], es = c.edges || [];
    const ids = new Set();
    for (const n of ns) {
      nodes++;
      if (ids.has(n.id)) problems.push(f + ': duplicate id ' + n.id);
      ids.add(n.id);
      if (n.type === 'file' && !fs.existsSync(path.join(dir, n.file))) problems.push(f + ': missing file ' + n.file);
    }
    const atOrigin = ns.filter((n) => n.x === 0 && n.y === 0).length;
    if (ns.length > 1 && atOrigin > 1) problems.push(f + ': ' + atOrigin + ' nodes at (0,0)');
    const nodeIds = new Set(ns.map((n) => n.id));
    for (const e of es) {
      edges++;
      if (ids.has(e.id)) problems.push(f + ': duplicate id ' + e.id);
      ids.add(e.id);
      if (!nodeIds.has(e.fromNode) || !nodeIds.has(e.toNode)) problems.push(f + ': dangling edge ' + e.id);
    }
  }
  return { canvases: files.length, nodes, edges, problems };
}

// ---------------------------------------------------------------- Neo4j CSV
// Read with csv-parse (RFC 4180). An empty unquoted field is null, as neo4j-admin import reads it;
// a quoted empty field is the empty string.

function readCsv(file) {
  return parseCsv(fs.readFileSync(file, 'utf8'), {
    relax_column_count: true,   // rows of the wrong width are reported (badWidth), not thrown
    skip_empty_lines: true,
    cast: (value, context) => (value === '' && !context.quoting ? null : value),
  });
}

function neo4j(dir) {
  const nodes = readCsv(path.join(dir, 'nodes.csv'));
  const rels = readCsv(path.join(dir, 'relationships.csv'));
  const header = nodes[0];
  const idCol = header.indexOf('id:ID');
  const ids = new Set();
  const duplicateIds = [];
  const badWidth = [];
  for (const r of nodes.slice(1)) {
    if (r.length !== header.length) badWidth.push(r[idCol]);
    if (ids.has(r[idCol])) duplicateIds.push(r[idCol]);
    ids.add(r[idCol]);
  }
  const rh = rels[0];
  const s = rh.indexOf(':START_ID'), t = rh.indexOf(':END_ID'), ty = rh.indexOf(':TYPE');
  const missing = [];
  const types = {};
  for (const r of rels.slice(1)) {
    if (r.length !== rh.length) badWidth.push(r[s] + '->' + r[t]);
    if (!ids.has(r[s])) missing.push(r[s]);
    if (!ids.has(r[t])) missing.push(r[t]);
    types[r[ty]] = (types[r[ty]] || 0) + 1;
  }
  return { nodes: nodes.length - 1, relationships: rels.length - 1, missing, duplicateIds, badWidth, header, relationshipHeader: rh, types };
}

main().catch((e) => { console.error(e.stack || String(e)); process.exit(1); });
