package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimgraph.extract.MarkdownStructure.Kind;
import org.claimgraph.extract.MarkdownStructure.Unit;

/**
 * Turns the text of one markdown note into a {@link Model.Note}. Never throws on malformed
 * markdown: what it cannot understand goes to {@link Model.Note#unparsed()} with its line.
 */
public final class NoteExtractor {
    private NoteExtractor() {}

    /**
     * @param path the note's path relative to the ingest root, '/' separated (used for IRIs)
     * @param text the whole file, already decoded as UTF-8
     */
    public static Model.Note extract(String path, String text) {
        try {
            return new Extraction(path, text == null ? "" : text).run();
        } catch (RuntimeException | StackOverflowError e) {
            return fallback(path, text == null ? "" : text, e);
        }
    }

    /** When a reader fails unexpectedly: every non-blank line is reported, nothing is lost. */
    private static Model.Note fallback(String path, String text, Throwable e) {
        SourceText src = new SourceText(text);
        List<Model.UnparsedLine> un = new ArrayList<>();
        String reason = "extractor error: " + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + Text.clip(e.getMessage(), 120));
        for (int i = 1; i <= src.size(); i++) {
            if (!src.isBlank(i)) un.add(new Model.UnparsedLine(i, reason, Text.clip(src.line(i), 200)));
        }
        return new Model.Note(
                path,
                src.size(),
                fileName(path),
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                null,
                un,
                List.of());
    }

    static String fileName(String path) {
        if (path == null || path.isEmpty()) return "";
        String n = path.substring(path.lastIndexOf('/') + 1);
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    /** One run over one note. */
    private static final class Extraction {
        static final int MAX_LINE = NoteExtractorLimits.MAX_LINE;
        private static final Pattern FLATTENED_TABLE = Pattern.compile("\\|\\s*-{3,}\\s*\\|");
        private static final Pattern SECTION_NOTE =
                Pattern.compile("^\\s*\\*\\*\\s*(?:✅|⚠\\uFE0F?|❌)?\\s*[^*]*说明\\s*\\*\\*\\s*[：:]");

        final String path;
        final SourceText src;
        final LineLedger ledger;
        MarkdownStructure md;
        final List<Model.Field> frontmatter = new ArrayList<>();
        final List<Model.Section> sections = new ArrayList<>();
        final List<ClaimDraft> claims = new ArrayList<>();
        final List<Model.ProvenanceBlock> blocks = new ArrayList<>();
        final List<List<String>> blockCategories = new ArrayList<>();
        final List<Model.Table> tables = new ArrayList<>();
        final List<Model.CodeBlock> codeBlocks = new ArrayList<>();
        final List<Model.GraphEdge> edges = new ArrayList<>();
        final List<Model.MindmapNode> mindmap = new ArrayList<>();
        final List<Model.TupleStatement> tuples = new ArrayList<>();
        final List<Model.TimelineEvent> timeline = new ArrayList<>();
        final List<Model.MaturityObservation> maturity = new ArrayList<>();
        final List<Model.MatrixCell> matrix = new ArrayList<>();
        final List<Model.UrlMention> urls = new ArrayList<>();
        final List<Model.LineReference> refs = new ArrayList<>();
        final List<Model.Wikilink> wikilinks = new ArrayList<>();
        Model.CoverageClaim coverage;
        java.time.LocalDate documentDate;
        String title;
        final Set<Integer> blockLines = new HashSet<>();
        /** Lines too long to analyse; reported as unparsed. */
        final Set<Integer> huge = new HashSet<>();
        /** Per-line look-ups over {@code md}'s units (code lines, paragraphs, the unit before a line). */
        UnitLookup lookup;

        /** A claim before its index is known. Table rows carry their table for matching assessments. */
        static final class ClaimDraft {
            ClaimKind kind;
            String text;
            int first, last;
            List<String> tools = List.of();
            List<Model.VersionMention> versions = List.of();
            List<Model.Measurement> measurements = List.of();
            final List<Model.AssessmentRef> refs = new ArrayList<>();
            int table = -1;
            List<String> cells;
            boolean subject;
        }

        Extraction(String path, String text) {
            this.path = path;
            this.src = new SourceText(text);
            this.ledger = new LineLedger(src);
        }

        Model.Note run() {
            String[] masked = new String[src.size()];
            for (int i = 1; i <= src.size(); i++) masked[i - 1] = src.line(i);
            FrontmatterReader.Result fm = FrontmatterReader.read(src);
            if (fm != null) {
                frontmatter.addAll(fm.fields());
                ledger.mark(1, fm.lastLine(), "frontmatter");
                for (int bad : fm.unparsed())
                    ledger.unparsed(bad, bad, "frontmatter line is not 'key: value' or a list item");
                for (int i = 1; i <= fm.lastLine(); i++) masked[i - 1] = "";
            }
            for (int i = 1; i <= src.size(); i++) {
                if (src.line(i).length() > MAX_LINE) {
                    huge.add(i);
                    masked[i - 1] = "";
                    ledger.unparsed(
                            i,
                            i,
                            "line of " + src.line(i).length() + " characters is longer than the " + MAX_LINE
                                    + " the extractor reads");
                } else if (BlockFinder.isMarker(src.line(i))) {
                    masked[i - 1] = "";
                }
            }
            md = new MarkdownStructure(String.join("\n", masked));
            lookup = new UnitLookup(md.units, src.size());

            title = null;
            for (Unit u : md.units)
                if (u.kind() == Kind.HEADING && u.level() == 1) {
                    title = Text.plain(u.text());
                    break;
                }
            for (Model.Field f : frontmatter) if (title == null && f.key().equals("title")) title = f.value();
            if (title == null || title.isEmpty()) title = fileName(path);

            buildSections();
            List<RawBlock> raw = findBlocks();
            readUnits(raw);
            attachBlocks(raw);
            scanLines();
            return assemble();
        }

        // ---------------------------------------------------------------- sections

        private void buildSections() {
            List<Unit> heads =
                    md.units.stream().filter(u -> u.kind() == Kind.HEADING).toList();
            List<Model.Section> open = new ArrayList<>();
            for (int i = 0; i < heads.size(); i++) {
                Unit h = heads.get(i);
                int last = src.size();
                for (int j = i + 1; j < heads.size(); j++) {
                    if (heads.get(j).level() <= h.level()) {
                        last = heads.get(j).first() - 1;
                        break;
                    }
                }
                while (!open.isEmpty() && open.get(open.size() - 1).level() >= h.level()) open.remove(open.size() - 1);
                List<String> p = new ArrayList<>();
                for (Model.Section s : open) p.add(s.heading());
                String heading = Text.plain(h.text());
                p.add(heading);
                Model.Section s = new Model.Section(
                        sections.size(), h.level(), heading, List.copyOf(p), h.first(), Math.max(h.first(), last));
                sections.add(s);
                open.add(s);
                ledger.mark(h.first(), h.last(), "heading");
            }
        }

        /** The last section starting on or before {@code line}, or -1 (sections are in line order: binary search). */
        int sectionAt(int line) {
            int lo = 0, hi = sections.size() - 1, idx = -1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (sections.get(mid).firstLine() <= line) {
                    idx = sections.get(mid).index();
                    lo = mid + 1;
                } else hi = mid - 1;
            }
            return idx;
        }

        // ---------------------------------------------------------------- blocks

        private List<RawBlock> findBlocks() {
            List<RawBlock> raw = new ArrayList<>(BlockFinder.markerBlocks(src, md.units));
            Set<Integer> covered = new HashSet<>();
            for (RawBlock b : raw) {
                covered.add(b.markerLine);
                for (RawBlock.QLine q : b.lines) covered.add(q.line());
            }
            for (Unit u : md.units) {
                if (u.kind() != Kind.QUOTE || covered.contains(u.first())) continue;
                if (!BlockFinder.isProvenanceQuote(u, src)) continue;
                RawBlock b = new RawBlock(u.inList() ? BlockForm.INDENTED : BlockForm.QUOTE, -1);
                for (int l = u.first(); l <= u.last(); l++)
                    b.lines.add(new RawBlock.QLine(l, Text.unquote(src.line(l))));
                raw.add(b);
                for (int l = u.first(); l <= u.last(); l++) covered.add(l);
            }
            for (Unit u : md.units) {
                if (u.kind() != Kind.PARAGRAPH) continue;
                for (int l = u.first(); l <= u.last(); l++) {
                    if (covered.contains(l) || !BlockFinder.isInlineLine(src.line(l))) continue;
                    RawBlock b = new RawBlock(BlockForm.INLINE, -1);
                    b.lines.add(new RawBlock.QLine(l, src.line(l).strip().replaceAll("^[（(]|[）)]$", "")));
                    raw.add(b);
                    covered.add(l);
                }
            }
            raw.sort((a, b) -> Integer.compare(a.firstLine(), b.firstLine()));
            for (RawBlock b : raw) {
                for (RawBlock.QLine q : b.lines) blockLines.add(q.line());
                if (b.markerLine > 0) blockLines.add(b.markerLine);
            }
            return raw;
        }

        // ---------------------------------------------------------------- units → claims, tables, code

        private void readUnits(List<RawBlock> raw) {
            int codeIndex = 0;
            boolean headerSeen = false;
            for (int ui = 0; ui < md.units.size(); ui++) {
                Unit u = md.units.get(ui);
                switch (u.kind()) {
                    case HEADING -> {}
                    case BREAK -> ledger.mark(u.first(), u.last(), "separator");
                    case LINK_DEFINITION -> ledger.mark(u.first(), u.last(), "link reference definition");
                    case HTML -> {
                        String t = u.text().strip();
                        if (t.startsWith("<!--")) ledger.mark(u.first(), u.last(), "html comment");
                        else ledger.unparsed(u.first(), u.last(), "raw HTML block is not interpreted");
                    }
                    case CODE -> code(u, codeIndex++);
                    case TABLE -> table(u);
                    case QUOTE -> {
                        if (blockLines.contains(u.first())) break;
                        if (!headerSeen && isHeader(u)) {
                            headerSeen = true;
                            header(u);
                            break;
                        }
                        if (SECTION_NOTE.matcher(u.text()).find()) {
                            ledger.mark(u.first(), u.last(), "section note");
                            break;
                        }
                        prose(u.text(), u.first(), u.last(), null);
                    }
                    case PARAGRAPH -> paragraph(u);
                }
            }
        }

        private boolean isHeader(Unit u) {
            Set<String> keys = BlockLines.keysOf(u.text());
            return keys.contains("文档版本") || keys.contains("最后更新") || keys.contains("标注状态");
        }

        private void header(Unit u) {
            ledger.mark(u.first(), u.last(), "note header");
            String t = u.text();
            int at = t.indexOf("最后更新");
            if (at >= 0) documentDate = UrlScanner.firstDate(t.substring(at, Math.min(t.length(), at + 30)));
            int line = u.first();
            for (int l = u.first(); l <= u.last(); l++)
                if (src.line(l).contains("%")) {
                    line = l;
                    break;
                }
            coverage = CoverageReader.read(Text.plain(t), line);
            if (coverage != null) {
                ClaimDraft c = new ClaimDraft();
                c.kind = ClaimKind.COVERAGE;
                c.text = coverage.text();
                c.first = line;
                c.last = line;
                claims.add(c);
            }
        }

        private void paragraph(Unit u) {
            int first = u.first();
            int last = u.last();
            // inline blocks inside the paragraph are not part of the claim
            List<Integer> inl = new ArrayList<>();
            for (int l = first; l <= last; l++) if (blockLines.contains(l)) inl.add(l);
            if (inl.size() == last - first + 1) return;
            if (FLATTENED_TABLE.matcher(u.text()).find()) {
                ledger.unparsed(
                        first,
                        last,
                        "pipe table flattened into a paragraph (rows not on their own lines); not read as a table");
                return;
            }
            String text = u.text();
            if (!inl.isEmpty()) {
                StringBuilder sb = new StringBuilder();
                for (int l = first; l <= last; l++) {
                    if (!blockLines.contains(l))
                        sb.append(src.line(l).strip().replaceFirst("^([-*+]|\\d+[.)])\\s+", ""));
                }
                text = sb.toString();
                while (blockLines.contains(last)) last--;
                while (blockLines.contains(first)) first++;
            }
            List<String> lines = new ArrayList<>();
            for (int l = first; l <= last; l++) lines.add(src.line(l));
            List<Model.TimelineEvent> events = TimelineReader.read(Text.plain(text), lines, first);
            if (!events.isEmpty()) {
                timeline.addAll(events);
                prose(text, first, last, ClaimKind.HISTORICAL_EVENT);
                return;
            }
            prose(text, first, last, null);
        }

        private void prose(String text, int first, int last, ClaimKind forced) {
            ClaimDraft c = new ClaimDraft();
            c.text = Text.plain(text.replace('\n', ' '));
            c.first = first;
            c.last = last;
            c.tools = ToolCatalog.find(c.text);
            c.versions = VersionParser.find(c.text, first);
            c.measurements = MeasurementParser.find(c.text, null, null, first);
            // prose nobody annotated: a figure is a performance figure only when it reads as a measured result
            c.kind = forced != null
                    ? forced
                    : ClaimClassifier.classify(
                            null,
                            c.text,
                            ClaimClassifier.measuredResult(c.text, c.measurements),
                            !c.versions.isEmpty(),
                            !c.tools.isEmpty());
            claims.add(c);
            ledger.mark(first, last, "claim");
        }

        private void code(Unit u, int index) {
            codeBlocks.add(new Model.CodeBlock(index, u.info(), u.first(), u.last()));
            ledger.mark(u.first(), u.last(), "code block");
            List<String> lines = new ArrayList<>();
            List<Integer> numbers = new ArrayList<>();
            for (int l = u.first() + 1; l < u.last() || (l == u.last() && !isFence(src.line(l))); l++) {
                if (l > src.size()) break;
                lines.add(src.line(l));
                numbers.add(l);
            }
            if (u.info().equalsIgnoreCase("mermaid")) {
                MermaidReader.Result r = MermaidReader.read(index, lines, numbers, blockLines, mindmap.size());
                edges.addAll(r.edges());
                mindmap.addAll(r.nodes());
            } else {
                tuples.addAll(TupleBlockReader.read(lines, numbers));
            }
        }

        private static boolean isFence(String line) {
            String t = line.strip();
            return t.startsWith("```") || t.startsWith("~~~");
        }

        private void table(Unit u) {
            int index = tables.size();
            List<List<String>> rows = u.rows();
            Model.TableKind kind = TableReader.kind(u.header(), rows);
            List<Model.TableRow> trs = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                List<String> cells = new ArrayList<>();
                for (String c : rows.get(i)) cells.add(Text.plain(c));
                trs.add(new Model.TableRow(u.rowLines().get(i), List.copyOf(cells)));
            }
            List<String> header = new ArrayList<>();
            for (String h : u.header()) header.add(Text.plain(h));
            tables.add(new Model.Table(index, kind, u.first(), u.last(), List.copyOf(header), List.copyOf(trs)));
            ledger.mark(u.first(), u.last(), "table");
            String env = environmentFor(u.first());
            if (kind == Model.TableKind.MATURITY) {
                maturity.addAll(TableReader.maturity(
                        index, TableReader.layer(contextAbove(u.first())), u.header(), rows, u.rowLines()));
            } else if (kind == Model.TableKind.SCENARIO_MATRIX) {
                matrix.addAll(TableReader.matrix(index, u.header(), rows, u.rowLines()));
            }
            for (int i = 0; i < rows.size(); i++) {
                ClaimDraft c = new ClaimDraft();
                c.cells = trs.get(i).cells();
                c.text = String.join(" | ", c.cells);
                c.first = u.rowLines().get(i);
                c.last = c.first;
                c.table = index;
                c.tools = ToolCatalog.find(c.text);
                c.versions = VersionParser.find(c.text, c.first);
                c.measurements = kind == Model.TableKind.MATURITY
                        ? List.of()
                        : TableReader.rowMeasurements(header, rows.get(i), env, c.first);
                c.kind = switch (kind) {
                    case PERFORMANCE -> ClaimKind.PERFORMANCE_FIGURE;
                    case MATURITY -> ClaimKind.MATURITY_JUDGEMENT;
                    case SCENARIO_MATRIX -> ClaimKind.TOOL_MENTION;
                    default ->
                        ClaimClassifier.classify(
                                null, c.text, !c.measurements.isEmpty(), !c.versions.isEmpty(), !c.tools.isEmpty());
                };
                claims.add(c);
            }
        }

        /** Test environment stated in the governing heading: "性能对比（同硬件 4C8G，100 并发冷启动）". */
        private String environmentFor(int line) {
            int s = sectionAt(line);
            if (s < 0) return null;
            String h = sections.get(s).heading();
            int open = h.indexOf('（');
            if (open < 0) open = h.indexOf('(');
            if (open < 0) return null;
            int close = StatusParser.closing(h, open);
            String env = h.substring(open + 1, Math.min(close, h.length())).strip();
            return env.matches(".*\\d.*") ? env : null;
        }

        private String contextAbove(int line) {
            StringBuilder sb = new StringBuilder();
            int s = sectionAt(line);
            if (s >= 0) sb.append(sections.get(s).heading()).append('\n');
            for (int l = Math.max(1, line - 6); l < line; l++)
                sb.append(src.line(l)).append('\n');
            return sb.toString();
        }

        // ---------------------------------------------------------------- attachment

        private void attachBlocks(List<RawBlock> raw) {
            claimsByLine = new ClaimsByLine(claims);
            List<int[]> targets = new ArrayList<>();
            for (RawBlock b : raw) {
                ProvenanceParser.Parsed p = ProvenanceParser.parse(b.lines);
                List<String> problems = new ArrayList<>(b.problems);
                if (b.lines.isEmpty()) problems.removeIf(x -> x.startsWith("half-written: no 验证性"));
                problems.addAll(p.problems());
                int[] target = target(b, blocks.size(), targets);
                if (target[0] < 0) problems.add("not attached: nothing before the block that it could annotate");
                targets.add(target);
                int index = blocks.size();
                List<Model.Assessment> assessments = new ArrayList<>();
                for (Model.Assessment a : p.assessments()) {
                    if (a.subject().isEmpty()) {
                        String s = !p.title().isEmpty()
                                ? p.title()
                                : a.basis() != null && !a.basis().isEmpty() ? a.basis() : subjectFromTarget(target);
                        a = new Model.Assessment(
                                a.index(),
                                s,
                                a.firstLine(),
                                a.lastLine(),
                                a.statuses(),
                                a.sourceTypes(),
                                a.methods(),
                                a.methodUrls(),
                                a.testEnvironment(),
                                a.remark(),
                                a.basis(),
                                a.updated(),
                                a.versions(),
                                a.otherFields());
                    }
                    assessments.add(a);
                }
                blocks.add(new Model.ProvenanceBlock(
                        index,
                        b.form,
                        b.firstLine(),
                        b.lastLine(),
                        p.title(),
                        List.copyOf(assessments),
                        p.fields(),
                        p.updated(),
                        target[0],
                        target[1],
                        List.copyOf(problems)));
                blockCategories.add(p.categories());
                ledger.remark(b.firstLine(), b.lastLine(), "provenance block");
                if (b.form == BlockForm.INLINE) ledger.remark(b.firstLine(), b.firstLine(), "provenance block");
            }
            // claims annotated by the blocks
            for (Model.ProvenanceBlock blk : blocks) {
                if (blk.annotatesFirstLine() < 0) continue;
                for (ClaimDraft c : claimsByLine.overlapping(blk.annotatesFirstLine(), blk.annotatesLastLine())) {
                    if (c.subject || c.kind == ClaimKind.COVERAGE) continue;
                    if (c.table >= 0) matchRow(c, blk);
                    else
                        for (Model.Assessment a : blk.assessments())
                            c.refs.add(new Model.AssessmentRef(blk.index(), a.index()));
                }
            }
            // a claim per assessment subject
            for (Model.ProvenanceBlock blk : blocks) {
                for (Model.Assessment a : blk.assessments()) {
                    ClaimDraft c = new ClaimDraft();
                    c.subject = true;
                    c.text = a.subject();
                    c.first = a.firstLine();
                    c.last = a.lastLine();
                    c.tools = ToolCatalog.find(a.subject());
                    List<Model.VersionMention> vs = new ArrayList<>(VersionParser.find(a.subject(), a.firstLine()));
                    for (Model.VersionMention v : a.versions()) if (!vs.contains(v)) vs.add(v);
                    c.versions = dedupe(vs);
                    c.measurements = MeasurementParser.find(a.subject(), null, a.testEnvironment(), a.firstLine());
                    String cat = blockCategories.get(blk.index()).get(a.index());
                    c.kind = ClaimClassifier.classify(
                            cat, a.subject(), !c.measurements.isEmpty(), !c.versions.isEmpty(), !c.tools.isEmpty());
                    c.refs.add(new Model.AssessmentRef(blk.index(), a.index()));
                    claims.add(c);
                }
            }
        }

        private static List<Model.VersionMention> dedupe(List<Model.VersionMention> vs) {
            Set<String> seen = new LinkedHashSet<>();
            List<Model.VersionMention> out = new ArrayList<>();
            for (Model.VersionMention v : vs) if (seen.add(v.tool() + "@" + v.version())) out.add(v);
            return out;
        }

        private String subjectFromTarget(int[] target) {
            if (target[0] < 0) return "";
            for (ClaimDraft c : claimsByLine.overlapping(target[0], target[0]))
                if (!c.subject) return Text.clip(c.text, 120);
            return Text.clip(Text.plain(src.line(target[0]).replaceAll("^\\s*([-*>|]\\s*)+", "")), 120);
        }

        /** Table rows take the assessments whose subject names them; otherwise all of a one-assessment block. */
        private void matchRow(ClaimDraft row, Model.ProvenanceBlock blk) {
            Model.Table t = tables.get(row.table);
            List<Model.AssessmentRef> hits = new ArrayList<>();
            String label = Text.squash(row.cells.isEmpty() ? "" : row.cells.get(0));
            for (Model.Assessment a : blk.assessments()) {
                String subj = Text.squash(a.subject());
                boolean hit = !label.isEmpty() && subj.contains(label);
                for (int j = 1; !hit && j < row.cells.size() && j < t.header().size(); j++) {
                    String h = Text.squash(t.header().get(j));
                    String cell = Text.squash(row.cells.get(j));
                    if (!h.isEmpty() && !cell.isEmpty() && subj.contains(h) && subj.contains(cell)) hit = true;
                }
                if (hit) hits.add(new Model.AssessmentRef(blk.index(), a.index()));
            }
            if (hits.isEmpty() && blk.assessments().size() == 1) hits.add(new Model.AssessmentRef(blk.index(), 0));
            row.refs.addAll(hits);
        }

        /** What a block annotates: {first, last} lines, or {-1, -1}. */
        private int[] target(RawBlock b, int index, List<int[]> earlier) {
            int start = b.firstLine();
            if (b.form == BlockForm.INLINE) {
                // the rest of the paragraph above the inline line, or the unit before it
                int l = start - 1;
                int last = l;
                while (l >= 1 && !src.isBlank(l) && !blockLines.contains(l) && sameUnit(l, start)) l--;
                if (last >= l + 1 && sameUnit(last, start)) return new int[] {l + 1, last};
            }
            if (b.form == BlockForm.CODE_FENCE && b.codeUnit >= 0) {
                Unit code = md.units.get(b.codeUnit);
                int l = start - 1;
                while (l > code.first() && src.isBlank(l)) l--;
                int last = l;
                while (l > code.first() && !src.isBlank(l) && !blockLines.contains(l)) l--;
                if (last > code.first() && l + 1 <= last) return new int[] {l + 1, last};
                return new int[] {code.first(), code.first()};
            }
            // the nearest unit ending before the block
            Unit prev = lookup.unitEndingBefore(start);
            if (prev == null || prev.kind() == Kind.BREAK) return new int[] {-1, -1};
            if (blockLines.contains(prev.first()) || blockLines.contains(prev.last())) {
                // another provenance block right before: annotate the same thing
                for (int i = earlier.size() - 1; i >= 0; i--) {
                    Model.ProvenanceBlock pb = i < blocks.size() ? blocks.get(i) : null;
                    if (pb != null && pb.lastLine() >= prev.first() && pb.firstLine() <= prev.last())
                        return earlier.get(i);
                }
                return new int[] {-1, -1};
            }
            if (prev.kind() == Kind.HEADING) return new int[] {prev.first(), prev.last()};
            int first = prev.first();
            int last = prev.last();
            while (last > first && blockLines.contains(last)) last--;
            return new int[] {first, last};
        }

        private boolean sameUnit(int a, int b) {
            return lookup.sameParagraph(a, b);
        }

        // ---------------------------------------------------------------- whole-note scans

        private void scanLines() {
            for (int i = 1; i <= src.size(); i++) {
                if (huge.contains(i)) continue;
                String line = src.line(i);
                for (String u : UrlScanner.urls(line)) urls.add(new Model.UrlMention(u, i));
                if (!inCode(i)) wikilinks.addAll(WikilinkReader.find(line, i));
                if (line.contains("行")) {
                    String own = Text.unquote(line).strip();
                    String next = Text.unquote(src.line(i + 1)).strip();
                    String ctx = own + (next.matches("^([-*+]|\\*\\*).*") ? "" : next);
                    refs.addAll(LineReferenceResolver.find(ctx, own.length(), i, src, blockLines, referenceTargets()));
                }
            }
            // references that start on a line and continue on the next would be found twice: keep the first
            List<Model.LineReference> unique = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (Model.LineReference r : refs) {
                if (seen.add(r.fromLine() + ":" + r.targetFirst() + ":" + r.targetLast() + ":" + r.raw()))
                    unique.add(r);
            }
            refs.clear();
            refs.addAll(unique);
        }

        private LineReferenceResolver.Targets targets;

        /** What "第 N 行" can point at: the units of the note and its provenance blocks (marker line included). */
        private LineReferenceResolver.Targets referenceTargets() {
            if (targets != null) return targets;
            List<LineReferenceResolver.Target> targets = new ArrayList<>();
            for (Unit u : md.units) {
                String kind = switch (u.kind()) {
                    case TABLE -> "table";
                    case CODE -> u.info().equalsIgnoreCase("mermaid") ? "figure" : "code";
                    case QUOTE -> "quote";
                    case PARAGRAPH -> "paragraph";
                    case HEADING -> "heading";
                    default -> null;
                };
                if (kind != null) targets.add(new LineReferenceResolver.Target(kind, u.first(), u.last()));
            }
            for (Model.ProvenanceBlock b : blocks)
                targets.add(new LineReferenceResolver.Target("annotation", b.firstLine(), b.lastLine()));
            this.targets = new LineReferenceResolver.Targets(targets, LineReferenceResolver.SCAN_BUDGET);
            return this.targets;
        }

        private boolean inCode(int line) {
            return lookup.inCode(line);
        }

        private ClaimsByLine claimsByLine;

        /**
         * The claims (before the per-assessment subject claims are added) by the lines they cover, in
         * claim order: finding the claims a block annotates costs O(the block's target), not O(claims).
         */
        private static final class ClaimsByLine {
            private final java.util.Map<Integer, List<Integer>> byLine = new java.util.HashMap<>();
            private final List<ClaimDraft> claims;

            ClaimsByLine(List<ClaimDraft> claims) {
                this.claims = List.copyOf(claims);
                for (int i = 0; i < this.claims.size(); i++) {
                    ClaimDraft c = this.claims.get(i);
                    for (int l = c.first; l <= Math.max(c.first, c.last); l++)
                        byLine.computeIfAbsent(l, k -> new ArrayList<>(1)).add(i);
                }
            }

            /** Claims with a line in {@code first..last}, each once, in claim order. */
            List<ClaimDraft> overlapping(int first, int last) {
                java.util.TreeSet<Integer> hit = new java.util.TreeSet<>();
                for (int l = first; l <= last; l++) {
                    List<Integer> at = byLine.get(l);
                    if (at != null) hit.addAll(at);
                }
                List<ClaimDraft> out = new ArrayList<>(hit.size());
                for (int i : hit) out.add(claims.get(i));
                return out;
            }
        }

        private Model.Note assemble() {
            claims.sort((a, b) ->
                    a.first != b.first ? Integer.compare(a.first, b.first) : Boolean.compare(a.subject, b.subject));
            List<Model.Claim> out = new ArrayList<>();
            for (ClaimDraft c : claims) {
                out.add(new Model.Claim(
                        out.size(),
                        c.kind,
                        c.text,
                        c.first,
                        c.last,
                        sectionAt(c.first),
                        List.copyOf(c.tools),
                        List.copyOf(c.versions),
                        List.copyOf(c.measurements),
                        List.copyOf(c.refs)));
            }
            return new Model.Note(
                    path,
                    src.size(),
                    title,
                    documentDate,
                    List.copyOf(frontmatter),
                    List.copyOf(sections),
                    out,
                    List.copyOf(blocks),
                    List.copyOf(tables),
                    List.copyOf(codeBlocks),
                    List.copyOf(edges),
                    List.copyOf(mindmap),
                    List.copyOf(tuples),
                    List.copyOf(timeline),
                    List.copyOf(maturity),
                    List.copyOf(matrix),
                    List.copyOf(urls),
                    List.copyOf(refs),
                    List.copyOf(wikilinks),
                    coverage,
                    ledger.unparsedLines(),
                    ledger.spans());
        }
    }
}
