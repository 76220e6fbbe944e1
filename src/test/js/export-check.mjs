// Interop checks of claimgraph's exports with independent parsers. Usage:
//   node export-check.mjs graphml FILE          -> {nodes, edges, keys, sample}
//   node export-check.mjs gexf FILE             -> {nodes, edges, version, sample}
//   node export-check.mjs vault DIR             -> {notes, frontmatterErrors, links, dangling, tags, aliases, tools}
//   node export-check.mjs canvas DIR            -> {canvases, nodes, edges, problems}
//   node export-check.mjs jsonld FILE CONTEXT   -> {quads}   (CONTEXT = local copy of the published context)
//   node export-check.mjs rdf FILE              -> {quads}   (Turtle / TriG / N-Quads by extension, parsed by n3)
//   node export-check.mjs neo4j DIR             -> {nodes, relationships, missing, duplicateIds, header}
// Prints one JSON object on stdout; exits 1 on a parse error.
import fs from 'node:fs';
import path from 'node:path';
import Graph from 'graphology';
import graphml from 'graphology-graphml';
import gexf from 'graphology-gexf';
import matter from 'gray-matter';
import N3 from 'n3';
import jsonld from 'jsonld';

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

const LINK = /(?<!\\)\[\[([^\]]+?)\]\]/g;

function vault(dir) {
  const files = walk(dir, '.md');
  const byBase = new Map();   // lower-case base name -> rel path
  const byAlias = new Map();
  const headings = new Map(); // rel path -> Set(heading)
  const notes = {};
  const frontmatterErrors = [];
  for (const f of files) {
    const rel = path.relative(dir, f).split(path.sep).join('/');
    const text = fs.readFileSync(f, 'utf8');
    let fm;
    try {
      fm = matter(text);
    } catch (e) {
      frontmatterErrors.push(rel + ': ' + e.message);
      continue;
    }
    if (!text.startsWith('---\n') || Object.keys(fm.data).length === 0) frontmatterErrors.push(rel + ': no frontmatter');
    const base = path.basename(rel, '.md');
    if (byBase.has(base.toLowerCase())) frontmatterErrors.push(rel + ': base name collides with ' + byBase.get(base.toLowerCase()));
    byBase.set(base.toLowerCase(), rel);
    for (const a of fm.data.aliases || []) byAlias.set(String(a).toLowerCase(), rel);
    const hs = new Set();
    let inFence = false;
    for (const line of fm.content.split('\n')) {
      if (line.startsWith('```')) inFence = !inFence;
      const m = !inFence && line.match(/^#{1,6} (.+?)\s*$/);
      if (m) hs.add(m[1]);
    }
    headings.set(rel, hs);
    notes[rel] = { data: normalise(fm.data), content: fm.content };
  }
  let links = 0;
  const dangling = [];
  const resolve = (target) => {
    const t = target.replace(/\.md$/, '');
    const direct = files.map((f) => path.relative(dir, f).split(path.sep).join('/')).find((r) => r.replace(/\.md$/, '') === t);
    return direct || byBase.get(t.toLowerCase()) || byAlias.get(t.toLowerCase());
  };
  // links in the body as written, and in frontmatter as Obsidian reads them (parsed YAML values)
  const strings = (v) => (typeof v === 'string' ? [v] : Array.isArray(v) ? v.flatMap(strings)
    : v && typeof v === 'object' && !(v instanceof Date) ? Object.values(v).flatMap(strings) : []);
  for (const [rel, n] of Object.entries(notes)) {
    const raw = [n.content, ...strings(n.data)].join('\n');
    for (const m of raw.matchAll(LINK)) {
      links++;
      const inner = m[1].split('|')[0];
      const [target, heading] = inner.split('#');
      const file = target === '' ? rel : resolve(target);
      if (!file) { dangling.push(rel + ' -> ' + m[0]); continue; }
      if (heading !== undefined && !headings.get(file).has(heading)) dangling.push(rel + ' -> ' + m[0] + ' (no heading)');
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

function canvas(dir) {
  const files = fs.existsSync(path.join(dir, 'Canvas')) ? walk(path.join(dir, 'Canvas'), '.canvas') : [];
  const problems = [];
  let nodes = 0, edges = 0;
  const sides = new Set(['top', 'right', 'bottom', 'left']);
  for (const f of files) {
    const c = JSON.parse(fs.readFileSync(f, 'utf8'));
    const ids = new Set();
    for (const n of c.nodes) {
      nodes++;
      if (ids.has(n.id)) problems.push(f + ': duplicate id ' + n.id);
      ids.add(n.id);
      for (const k of ['x', 'y', 'width', 'height']) if (!Number.isInteger(n[k])) problems.push(f + ': ' + n.id + ' ' + k);
      if (!['text', 'file', 'link', 'group'].includes(n.type)) problems.push(f + ': bad type ' + n.type);
      if (n.type === 'file' && !fs.existsSync(path.join(dir, n.file))) problems.push(f + ': missing file ' + n.file);
    }
    const atOrigin = c.nodes.filter((n) => n.x === 0 && n.y === 0).length;
    if (c.nodes.length > 1 && atOrigin > 1) problems.push(f + ': ' + atOrigin + ' nodes at (0,0)');
    for (const e of c.edges) {
      edges++;
      if (ids.has(e.id)) problems.push(f + ': duplicate id ' + e.id);
      ids.add(e.id);
      if (!c.nodes.some((n) => n.id === e.fromNode) || !c.nodes.some((n) => n.id === e.toNode)) problems.push(f + ': dangling edge ' + e.id);
      if ((e.fromSide && !sides.has(e.fromSide)) || (e.toSide && !sides.has(e.toSide))) problems.push(f + ': bad side ' + e.id);
    }
  }
  return { canvases: files.length, nodes, edges, problems };
}

// ---------------------------------------------------------------- Neo4j CSV

function parseCsv(text) {
  const rows = [];
  let row = [], field = '', quoted = false, i = 0, wasQuoted = false;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i += 2; continue; }
      if (c === '"') { quoted = false; i++; continue; }
      field += c; i++; continue;
    }
    if (c === '"') { quoted = true; wasQuoted = true; i++; continue; }
    if (c === ',') { row.push(wasQuoted || field !== '' ? field : null); field = ''; wasQuoted = false; i++; continue; }
    if (c === '\n') { row.push(wasQuoted || field !== '' ? field : null); rows.push(row); row = []; field = ''; wasQuoted = false; i++; continue; }
    field += c; i++;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}

function neo4j(dir) {
  const nodes = parseCsv(fs.readFileSync(path.join(dir, 'nodes.csv'), 'utf8'));
  const rels = parseCsv(fs.readFileSync(path.join(dir, 'relationships.csv'), 'utf8'));
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
    if (!ids.has(r[s])) missing.push(r[s]);
    if (!ids.has(r[t])) missing.push(r[t]);
    types[r[ty]] = (types[r[ty]] || 0) + 1;
  }
  return { nodes: nodes.length - 1, relationships: rels.length - 1, missing, duplicateIds, badWidth, header, relationshipHeader: rh, types };
}

main().catch((e) => { console.error(e.stack || String(e)); process.exit(1); });
