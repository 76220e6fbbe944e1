package org.claimgraph.extract;

import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimgraph.extract.MarkdownStructure.Unit;

/**
 * Reads the markdown units of a note outside its provenance blocks, in document order: prose and
 * quotes become claims, tables become tables (and a claim per row), code blocks become code blocks
 * (mermaid edges and mindmap nodes, tuple lines), the note header gives the note's date and
 * coverage claim. Marks what it understands in the ledger.
 */
final class UnitReader {
    private static final Pattern LIST_MARKER = Pattern.compile("^([-*+]|\\d+[.)])\\s+");
    private static final Pattern FLATTENED_TABLE = Pattern.compile("\\|\\s*-{3,}\\s*\\|");
    private static final Pattern SECTION_NOTE =
            Pattern.compile("^\\s*\\*\\*\\s*(?:✅|⚠\\uFE0F?|❌)?\\s*[^*]*说明\\s*\\*\\*\\s*[：:]");

    /** What the units held. */
    record Result(
            List<ClaimDraft> claims,
            Tables tables,
            Diagrams diagrams,
            List<Model.TimelineEvent> timeline,
            LocalDate documentDate,
            Model.CoverageClaim coverage) {}

    /** The note's tables and what the maturity and technology × scenario tables say. */
    record Tables(List<Model.Table> tables, List<Model.MaturityObservation> maturity, List<Model.MatrixCell> matrix) {}

    /** The note's code blocks and what the mermaid and tuple blocks among them say. */
    record Diagrams(
            List<Model.CodeBlock> codeBlocks,
            List<Model.GraphEdge> edges,
            List<Model.MindmapNode> mindmap,
            List<Model.TupleStatement> tuples) {}

    private final NoteOutline outline;
    private final SourceText src;
    private final LineLedger ledger;
    private final Set<Integer> blockLines;
    private final List<ClaimDraft> claims = new ArrayList<>();
    private final List<Model.Table> tables = new ArrayList<>();
    private final List<Model.MaturityObservation> maturity = new ArrayList<>();
    private final List<Model.MatrixCell> matrix = new ArrayList<>();
    private final List<Model.CodeBlock> codeBlocks = new ArrayList<>();
    private final List<Model.GraphEdge> edges = new ArrayList<>();
    private final List<Model.MindmapNode> mindmap = new ArrayList<>();
    private final List<Model.TupleStatement> tuples = new ArrayList<>();
    private final List<Model.TimelineEvent> timeline = new ArrayList<>();
    private LocalDate documentDate;
    private Model.CoverageClaim coverage;

    private UnitReader(NoteOutline outline, LineLedger ledger, Set<Integer> blockLines) {
        this.outline = outline;
        this.src = outline.src();
        this.ledger = ledger;
        this.blockLines = blockLines;
    }

    /** @param blockLines lines of provenance blocks ({@link BlockLocator#lines()}): not read here */
    static Result read(NoteOutline outline, LineLedger ledger, Set<Integer> blockLines) {
        return new UnitReader(outline, ledger, blockLines).run();
    }

    private Result run() {
        int codeIndex = 0;
        boolean headerSeen = false;
        for (Unit u : outline.units()) {
            switch (u.kind()) {
                case HEADING -> {}
                case BREAK -> ledger.mark(u.first(), u.last(), "separator");
                case LINK_DEFINITION -> ledger.mark(u.first(), u.last(), "link reference definition");
                case HTML -> html(u);
                case CODE -> code(u, codeIndex++);
                case TABLE -> table(u);
                case QUOTE -> {
                    if (blockLines.contains(u.first())) break;
                    if (!headerSeen && isHeader(u)) {
                        headerSeen = true;
                        header(u);
                    } else quote(u);
                }
                case PARAGRAPH -> paragraph(u);
            }
        }
        return new Result(
                List.copyOf(claims),
                new Tables(List.copyOf(tables), List.copyOf(maturity), List.copyOf(matrix)),
                new Diagrams(List.copyOf(codeBlocks), List.copyOf(edges), List.copyOf(mindmap), List.copyOf(tuples)),
                List.copyOf(timeline),
                documentDate,
                coverage);
    }

    private void html(Unit u) {
        if (u.text().strip().startsWith("<!--")) ledger.mark(u.first(), u.last(), "html comment");
        else ledger.unparsed(u.first(), u.last(), "raw HTML block is not interpreted");
    }

    private void quote(Unit u) {
        if (SECTION_NOTE.matcher(u.text()).find()) ledger.mark(u.first(), u.last(), "section note");
        else prose(u.text(), null, u.first(), u.last(), null);
    }

    private static boolean isHeader(Unit u) {
        Set<String> keys = BlockLines.keysOf(u.text());
        return keys.contains("文档版本") || keys.contains("最后更新") || keys.contains("标注状态");
    }

    /** The quote under the title: "文档版本 / 最后更新 / 标注状态 …" (date, coverage claim). */
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
            claims.add(ClaimDraft.of(
                    ClaimKind.COVERAGE, coverage.text(), new LineRange(line, line), ClaimDraft.Mentions.NONE));
        }
    }

    private void paragraph(Unit u) {
        int first = u.first();
        int last = u.last();
        // inline blocks inside the paragraph are not part of the claim
        int inBlocks = 0;
        for (int l = first; l <= last; l++) if (blockLines.contains(l)) inBlocks++;
        if (inBlocks == last - first + 1) return;
        if (FLATTENED_TABLE.matcher(u.text()).find()) {
            ledger.unparsed(
                    first,
                    last,
                    "pipe table flattened into a paragraph (rows not on their own lines); not read as a table");
            return;
        }
        String text = u.text();
        if (inBlocks > 0) {
            StringBuilder sb = new StringBuilder();
            for (int l = first; l <= last; l++) {
                if (!blockLines.contains(l))
                    sb.append(LIST_MARKER.matcher(src.line(l).strip()).replaceFirst(""));
            }
            text = sb.toString();
            while (blockLines.contains(last)) last--;
            while (blockLines.contains(first)) first++;
        }
        String plain = Text.plain(text);
        List<Model.TimelineEvent> events = TimelineReader.read(plain, lines(first, last), first);
        timeline.addAll(events);
        // without a line break in it, the text is the one prose makes plain (no second plain pass)
        prose(
                text,
                text.indexOf('\n') < 0 ? plain : null,
                first,
                last,
                events.isEmpty() ? null : ClaimKind.HISTORICAL_EVENT);
    }

    /** Source lines {@code first..last}, each cut out only when read (a timeline reads them; most paragraphs are none). */
    private List<String> lines(int first, int last) {
        return new AbstractList<>() {
            @Override
            public String get(int i) {
                return src.line(first + Objects.checkIndex(i, size()));
            }

            @Override
            public int size() {
                return last - first + 1;
            }
        };
    }

    /**
     * A claim of prose; {@code forced} is its kind, or null to classify the text.
     *
     * @param plain {@code Text.plain} of the text with its line breaks as spaces, when known, else null
     */
    private void prose(String text, String plain, int first, int last, ClaimKind forced) {
        if (plain == null) plain = Text.plain(text.replace('\n', ' '));
        List<ToolCatalog.Mention> named = ToolCatalog.mentions(plain);
        ClaimDraft.Mentions m = new ClaimDraft.Mentions(
                ToolCatalog.canonicals(named),
                VersionParser.find(plain, named, first),
                MeasurementParser.find(plain, null, null, first));
        // prose nobody annotated: a figure is a performance figure only when it reads as a measured result
        ClaimKind kind = forced != null
                ? forced
                : ClaimClassifier.classify(
                        null,
                        plain,
                        ClaimClassifier.measuredResult(plain, m.measurements()),
                        !m.versions().isEmpty(),
                        !m.tools().isEmpty());
        claims.add(ClaimDraft.of(kind, plain, new LineRange(first, last), m));
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
        List<List<String>> plainRows = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<String> cells = new ArrayList<>();
            for (String c : rows.get(i)) cells.add(Text.plain(c));
            trs.add(new Model.TableRow(u.rowLines().get(i), List.copyOf(cells)));
            plainRows.add(trs.get(i).cells());
        }
        List<String> header = new ArrayList<>();
        for (String h : u.header()) header.add(Text.plain(h));
        List<String> metricHeader = new ArrayList<>();
        for (String h : header) metricHeader.add(Text.plain(h));
        tables.add(new Model.Table(index, kind, u.first(), u.last(), List.copyOf(header), List.copyOf(trs)));
        ledger.mark(u.first(), u.last(), "table");
        if (kind == Model.TableKind.MATURITY) {
            maturity.addAll(TableReader.maturity(
                    index, TableReader.layer(outline.contextAbove(u.first())), u.header(), rows, u.rowLines()));
        } else if (kind == Model.TableKind.SCENARIO_MATRIX) {
            matrix.addAll(TableReader.matrix(index, header, plainRows, u.rowLines()));
        }
        String env = outline.environmentFor(u.first());
        for (int i = 0; i < rows.size(); i++) claims.add(row(index, kind, metricHeader, trs.get(i), env));
    }

    /**
     * The claim of one table row: its cells joined by " | ", its kind that of the table.
     *
     * @param metricHeader the header as {@link TableReader#rowMeasurements} names metrics by it
     */
    private static ClaimDraft row(
            int table, Model.TableKind kind, List<String> metricHeader, Model.TableRow tr, String env) {
        String text = String.join(" | ", tr.cells());
        int line = tr.line();
        List<ToolCatalog.Mention> named = ToolCatalog.mentions(text);
        ClaimDraft.Mentions m = new ClaimDraft.Mentions(
                ToolCatalog.canonicals(named),
                VersionParser.find(text, named, line),
                kind == Model.TableKind.MATURITY
                        ? List.of()
                        : TableReader.rowMeasurements(metricHeader, tr.cells(), env, line));
        ClaimKind claimKind = switch (kind) {
            case PERFORMANCE -> ClaimKind.PERFORMANCE_FIGURE;
            case MATURITY -> ClaimKind.MATURITY_JUDGEMENT;
            case SCENARIO_MATRIX -> ClaimKind.TOOL_MENTION;
            default ->
                ClaimClassifier.classify(
                        null,
                        text,
                        !m.measurements().isEmpty(),
                        !m.versions().isEmpty(),
                        !m.tools().isEmpty());
        };
        return new ClaimDraft(
                claimKind,
                text,
                new LineRange(line, line),
                m,
                new ClaimDraft.TableCells(table, tr.cells()),
                false,
                List.of());
    }
}
