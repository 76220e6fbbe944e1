package org.claimgraph.extract;

/**
 * The plain-Java model of one note, produced by {@link NoteExtractor} and consumed by the RDF
 * mapping. Records only: no behaviour, no Jena. All line numbers are 1-based lines of the
 * original file; {@code firstLine <= lastLine}.
 *
 * <p>Indexes ({@code index} fields) are the position of the item in its list in document order;
 * together with the note path they give stable IRIs.
 */
public final class Model {
    private Model() {}

    /**
     * A whole note, in six parts, one per mapper that reads it: {@link Header}, {@link Outline},
     * {@link Provenance}, {@link Structures}, {@link Links}, {@link LineAccount}. Lists are in document
     * order and never null. The accessors below each read one part, for readers that want one item list.
     */
    public record Note(
            Header header,
            Outline outline,
            Provenance provenance,
            Structures structures,
            Links links,
            LineAccount lines) {

        public String path() {
            return header.path();
        }

        public int lineCount() {
            return header.lineCount();
        }

        public String title() {
            return header.title();
        }

        public java.time.LocalDate documentDate() {
            return header.documentDate();
        }

        public java.util.List<Field> frontmatter() {
            return header.frontmatter();
        }

        public java.util.List<Section> sections() {
            return outline.sections();
        }

        public java.util.List<Table> tables() {
            return outline.tables();
        }

        public java.util.List<CodeBlock> codeBlocks() {
            return outline.codeBlocks();
        }

        public java.util.List<Claim> claims() {
            return provenance.claims();
        }

        public java.util.List<ProvenanceBlock> blocks() {
            return provenance.blocks();
        }

        public CoverageClaim coverage() {
            return provenance.coverage();
        }

        public java.util.List<GraphEdge> graphEdges() {
            return structures.graphEdges();
        }

        public java.util.List<MindmapNode> mindmapNodes() {
            return structures.mindmapNodes();
        }

        public java.util.List<TupleStatement> tuples() {
            return structures.tuples();
        }

        public java.util.List<TimelineEvent> timeline() {
            return structures.timeline();
        }

        public java.util.List<MaturityObservation> maturity() {
            return structures.maturity();
        }

        public java.util.List<MatrixCell> scenarioMatrix() {
            return structures.scenarioMatrix();
        }

        public java.util.List<UrlMention> urls() {
            return links.urls();
        }

        public java.util.List<LineReference> lineReferences() {
            return links.lineReferences();
        }

        public java.util.List<Wikilink> wikilinks() {
            return links.wikilinks();
        }

        public java.util.List<UnparsedLine> unparsed() {
            return lines.unparsed();
        }

        public java.util.List<LineSpan> represented() {
            return lines.represented();
        }
    }

    /** What the note is: its path, size, title, date and frontmatter. */
    public record Header(
            String path, // as given to the extractor, '/' separated, relative to the ingest root
            int lineCount,
            String title, // first level-1 heading, or the file name
            java.time.LocalDate documentDate, // the note's own "最后更新" date, or null
            java.util.List<Field> frontmatter) {} // YAML frontmatter keys, flattened

    /** How the note is laid out: headings, tables, fenced code blocks. */
    public record Outline(
            java.util.List<Section> sections, java.util.List<Table> tables, java.util.List<CodeBlock> codeBlocks) {}

    /** What the note asserts and where it says so is backed: claims, provenance blocks, stated coverage. */
    public record Provenance(
            java.util.List<Claim> claims,
            java.util.List<ProvenanceBlock> blocks,
            CoverageClaim coverage) {} // null when the note states none

    /** What the note's diagrams, tuple blocks, timeline and maturity/scenario tables state. */
    public record Structures(
            java.util.List<GraphEdge> graphEdges,
            java.util.List<MindmapNode> mindmapNodes,
            java.util.List<TupleStatement> tuples,
            java.util.List<TimelineEvent> timeline,
            java.util.List<MaturityObservation> maturity,
            java.util.List<MatrixCell> scenarioMatrix) {
        /** A note that states none of these. */
        public static final Structures NONE = new Structures(
                java.util.List.of(),
                java.util.List.of(),
                java.util.List.of(),
                java.util.List.of(),
                java.util.List.of(),
                java.util.List.of());
    }

    /** What the note points at: URLs, references to its own lines, wikilinks. */
    public record Links(
            java.util.List<UrlMention> urls,
            java.util.List<LineReference> lineReferences,
            java.util.List<Wikilink> wikilinks) {
        /** A note that links nothing. */
        public static final Links NONE = new Links(java.util.List.of(), java.util.List.of(), java.util.List.of());
    }

    /** The line accounting: lines nothing understood, and what every understood line became. */
    public record LineAccount(java.util.List<UnparsedLine> unparsed, java.util.List<LineSpan> represented) {}

    /**
     * Consecutive lines that the extractor understood as one kind of thing: {@code role} is one of
     * "frontmatter", "note header", "heading", "separator", "claim", "table", "code block",
     * "provenance block", "section note", "html comment", "link reference definition". Blank lines
     * are in no span; a non-blank line is in exactly one span or in {@link Note#unparsed()}.
     */
    public record LineSpan(int firstLine, int lastLine, String role) {}

    /** A key/value pair written in the note ({@code **key**：value}) or in frontmatter. */
    public record Field(String key, String value, int line) {}

    /** A heading and the lines it governs. {@code path} is the heading path from the top, this heading last. */
    public record Section(
            int index, int level, String heading, java.util.List<String> path, int firstLine, int lastLine) {}

    /**
     * Something the note asserts. Claims come from annotated prose, table rows and the subjects
     * of provenance assessments. {@code assessments} point into {@link Note#blocks()} as
     * (blockIndex, assessmentIndex) pairs; empty when no provenance covers the claim.
     */
    public record Claim(
            int index,
            ClaimKind kind,
            String text,
            int firstLine,
            int lastLine,
            int sectionIndex, // -1 when before the first heading
            java.util.List<String> tools, // canonical tool names (see ToolCatalog)
            java.util.List<VersionMention> versions,
            java.util.List<Measurement> measurements,
            java.util.List<AssessmentRef> assessments) {}

    public record AssessmentRef(int blockIndex, int assessmentIndex) {}

    /**
     * A provenance block: the {@code <!-- 来源标注 -->} quote or an inline/indented/fenced variant.
     * {@code annotatesFirstLine/LastLine} give the prose or table it annotates; both are -1 when
     * the block could not be attached (it is kept and flagged, never dropped).
     */
    public record ProvenanceBlock(
            int index,
            BlockForm form,
            int firstLine,
            int lastLine,
            String title, // e.g. "性能数据标注：Docker / K8s / K3s 性能对比", may be empty
            java.util.List<Assessment> assessments,
            java.util.List<Field> fields, // block-level fields not inside an assessment (更新日期, 验证方法 …)
            java.time.LocalDate updated, // block-level 更新日期, or null
            int annotatesFirstLine,
            int annotatesLastLine,
            java.util.List<String> problems) {} // e.g. "half-written: no 验证性 field", empty when fine

    /**
     * One judgement inside a block about one subject ("Docker ~100 MB", "Kubernetes 1.30" …).
     * A block without sub-items has a single assessment whose subject is the block title.
     */
    public record Assessment(
            int index,
            String subject,
            int firstLine,
            int lastLine,
            java.util.List<StatusAssertion> statuses,
            Checks checks,
            AssessmentContext context) {
        /** This assessment about another subject. */
        public Assessment withSubject(String newSubject) {
            return new Assessment(index, newSubject, firstLine, lastLine, statuses, checks, context);
        }

        /** This assessment with other status assertions. */
        public Assessment withStatuses(java.util.List<StatusAssertion> newStatuses) {
            return new Assessment(index, subject, firstLine, lastLine, newStatuses, checks, context);
        }
    }

    /** Where an assessment says its judgement comes from and how it can be checked. */
    public record Checks(
            java.util.List<String> sourceTypes, // "内部测试 / 官方文档" split on '/', trimmed
            java.util.List<String> methods, // 验证方法 texts that are not URLs
            java.util.List<UrlMention> methodUrls) { // 验证方法 / 来源 URLs
        /** An assessment that names no source and no method. */
        public static final Checks NONE = new Checks(java.util.List.of(), java.util.List.of(), java.util.List.of());
    }

    /** Under what conditions, on what grounds and when an assessment was made, and what else it says. */
    public record AssessmentContext(
            String testEnvironment, // 测试环境, or null
            String remark, // 备注, or null
            String basis, // 判断依据, or null
            java.time.LocalDate updated, // 更新日期 inside the assessment, or null
            java.util.List<VersionMention> versions,
            java.util.List<Field> otherFields) {}

    /**
     * A verification status written in the note. {@code phrase} is the exact text
     * ("⚠️ 部分可验证"), {@code qualifier} the parenthesised comment after it, or null.
     */
    public record StatusAssertion(
            VerificationStatus status, String phrase, String qualifier, int line, boolean inProse) {
        /** A status written in a 验证性 / 验证状态 field or behind a status emoji. */
        public StatusAssertion(VerificationStatus status, String phrase, String qualifier, int line) {
            this(status, phrase, qualifier, line, false);
        }
    }

    /** A tool at a version: {@code constraint} is one of "=", ">=", ">", "<=", "<", "~". */
    public record VersionMention(String tool, String version, String constraint, int line) {}

    /**
     * A number with a unit. {@code unit} is normalised: ms, us, s, KB, MB, GB, %, QPS, x, pods,
     * nodes, or the raw unit when unknown. {@code comparedWith} is the raw text of what the
     * figure is compared with, or null.
     */
    public record Measurement(
            String metric, double value, String unit, String raw, String comparedWith, String environment, int line) {}

    /** A GFM table. {@code kind} says how the mapping reads it. */
    public record Table(
            int index,
            TableKind kind,
            int firstLine,
            int lastLine,
            java.util.List<String> header,
            java.util.List<TableRow> rows) {}

    public record TableRow(int line, java.util.List<String> cells) {}

    public enum TableKind {
        PERFORMANCE,
        SCENARIO_MATRIX,
        MATURITY,
        OTHER
    }

    /** A fenced code block; {@code language} is the info string ("mermaid", "bash" …) or "". */
    public record CodeBlock(int index, String language, int firstLine, int lastLine) {}

    /** A mermaid {@code graph}/{@code flowchart} edge, labels resolved ({@code A[Docker]} → "Docker"). */
    public record GraphEdge(int codeBlockIndex, String from, String to, String label, int line) {}

    /** A mermaid {@code mindmap} node; {@code parent} is the index of the parent node or -1 for the root. */
    public record MindmapNode(int index, int codeBlockIndex, String label, int depth, int parent, int line) {}

    /** One tuple of the "RDF 三元组速记" block. */
    public record TupleStatement(String subject, String predicate, String object, int line) {}

    public record TimelineEvent(int year, String event, int line) {}

    /**
     * One maturity value of a numeric maturity table: layer (technology), element (atomic
     * concept), scenario, phase ("static" or "dynamic"), value in [0,1]. Missing cells ("…")
     * produce no observation.
     */
    public record MaturityObservation(
            int tableIndex, String layer, String element, String scenario, String phase, double value, int line) {}

    /** A cell of the technology × scenario matrix: which tools serve a dimension in a scenario. */
    public record MatrixCell(
            int tableIndex, String dimension, String scenario, String text, java.util.List<String> tools, int line) {}

    public record UrlMention(String url, int line) {}

    /**
     * "参考第 N 行" / "第 N-M 行": {@code quoted} is the figure the reference expects to find there
     * (e.g. "13 MB vs 0.9 MB"), or null; {@code targetKind} the kind of thing it names ("table" for
     * 表格, "annotation" for …标注, "figure" for 图), or null. {@code resolved} is true when the quoted
     * figure (else the named kind of target) is on a target line or inside the block that starts
     * there; {@code actualLine} is where the figure really is (-1 when not found anywhere).
     */
    public record LineReference(
            int fromLine,
            int targetFirst,
            int targetLast,
            String quoted,
            String raw,
            boolean resolved,
            int actualLine,
            String targetKind) {}

    /** An Obsidian [[wikilink]] ({@code alias} may be null). */
    public record Wikilink(String target, String alias, int line) {}

    /**
     * The note's own statement of how complete its annotation is, e.g.
     * "标注接近完成（约 99%，75/75+ 处已完成）": percent 99, annotated 75, totalText "75+".
     */
    public record CoverageClaim(String text, Double percent, Integer annotated, String totalText, int line) {}

    /** A non-blank line the extractor did not understand, with the reason. */
    public record UnparsedLine(int line, String reason, String text) {}
}
