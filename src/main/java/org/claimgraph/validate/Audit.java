package org.claimgraph.validate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.system.Txn;
import org.claimgraph.extract.VerificationStatus;
import org.claimgraph.rdf.CG;
import org.claimgraph.rdf.Concepts;

/**
 * The human audit: SHACL results turned into findings with file:line and claim text, plus the
 * coverage and multiplier checks, status counts per section, and the named graph
 * {@value CGA#AUDIT_GRAPH} that makes it all queryable.
 */
public final class Audit {
    private Audit() {}

    /**
     * Everything one audit run found. {@code lang}: the language of the messages; {@code conforms}:
     * true when no shape found anything (SHACL's {@code sh:conforms}; the checks' findings aside);
     * {@code statusBySection}: file → section path → notation → count.
     */
    public record Result(
            LocalDate asOf,
            String lang,
            boolean conforms,
            List<Finding> findings,
            List<CoverageCheck.Result> coverage,
            List<MultiplierCheck.Result> multipliers,
            Map<String, Map<String, Map<String, Integer>>> statusBySection) {

        public Map<Severity, Integer> countsBySeverity() {
            Map<Severity, Integer> m = new EnumMap<>(Severity.class);
            for (Severity s : Severity.values()) m.put(s, 0);
            for (Finding f : findings) m.merge(f.severity(), 1, Integer::sum);
            return m;
        }

        public Map<String, Integer> countsByStatus() {
            Map<String, Integer> m = new java.util.LinkedHashMap<>();
            for (String n : Statuses.NOTATIONS) m.put(n, 0);
            statusBySection
                    .values()
                    .forEach(sections ->
                            sections.values().forEach(counts -> counts.forEach((k, v) -> m.merge(k, v, Integer::sum))));
            return m;
        }

        public List<Finding> byRule(String rule) {
            return findings.stream().filter(f -> f.rule().equals(rule)).toList();
        }
    }

    /**
     * The packaged shapes over {@code dataset} for {@code asOf}, English messages: the one call a
     * server endpoint needs ({@code ReportWriters.render(Audit.run(ds, date), "json")}). Reads the
     * dataset in a read transaction; does not store anything.
     */
    public static Result run(Dataset dataset, LocalDate asOf) {
        return run(
                DataGraph.parts(dataset, asOf),
                ShapesLoader.defaultShapesGraph(),
                ShapesLoader.defaultShapes(),
                asOf,
                "en");
    }

    /** Runs shapes and checks over {@code dataset} for the audit date {@code asOf}; messages in {@code lang} ("en"/"zh"). */
    public static Result run(Dataset dataset, Graph shapesGraph, LocalDate asOf, String lang) {
        return run(DataGraph.parts(dataset, asOf), shapesGraph, Shapes.parse(shapesGraph), asOf, lang);
    }

    /**
     * Runs over the parts of a data graph built by {@link DataGraph#parts}: note by note, in parallel
     * ({@link NoteParts}); the same result as {@link #run(Graph, Graph, Shapes, LocalDate, String)} over
     * the whole graph where the shapes' scopes hold (docs/live-audit.md), in work that grows with the
     * notes, not faster.
     */
    public static Result run(DataGraph.Parts parts, Graph shapesGraph, Shapes shapes, LocalDate asOf, String lang) {
        RuleNames rules = new RuleNames(shapesGraph);
        return result(
                NoteParts.run(parts, shapes, ShapeScopes.of(shapesGraph, shapes), rules, lang),
                parts.whole(),
                asOf,
                lang);
    }

    /**
     * Runs over a whole data graph built by {@link DataGraph#of}: every shape over the one graph (the
     * reference the note-by-note run is tested against, and what a plain graph gets).
     */
    public static Result run(Graph data, Graph shapesGraph, Shapes shapes, LocalDate asOf, String lang) {
        List<ReportEntry> results = Validation.results(data, shapes);
        RuleNames rules = new RuleNames(shapesGraph);
        List<Finding> findings = new ArrayList<>();
        for (ReportEntry e : results) findings.add(toFinding(data, e, rules, lang));
        return result(
                new NoteParts.Found(results, findings, CoverageCheck.run(data), MultiplierCheck.run(data)),
                data,
                asOf,
                lang);
    }

    /** The audit of what the shapes and checks found over {@code data}: their findings in {@link #ORDER}. */
    private static Result result(NoteParts.Found found, Graph data, LocalDate asOf, String lang) {
        List<Finding> findings = new ArrayList<>(found.findings());
        findings.addAll(CoverageCheck.findings(found.coverage()));
        findings.addAll(MultiplierCheck.findings(found.multipliers(), data));
        findings.sort(ORDER);
        return new Result(
                asOf,
                lang,
                found.entries().isEmpty(),
                List.copyOf(findings),
                found.coverage(),
                found.multipliers(),
                Statuses.bySection(data));
    }

    /**
     * Findings order: file, line, severity, rule, focus, then every other field, so that the order
     * never depends on the order a graph lists its triples or on how the work was split.
     */
    public static final Comparator<Finding> ORDER = Comparator.comparing(
                    (Finding f) -> f.file() == null ? "\uffff" : f.file())
            .thenComparingInt(Finding::line)
            .thenComparing(Finding::severity)
            .thenComparing(Finding::rule)
            .thenComparing(f -> text(f.focus()))
            .thenComparing(f -> text(f.message()))
            .thenComparing(f -> text(f.action()))
            .thenComparing(f -> text(f.claim()))
            .thenComparing(f -> text(f.claimText()))
            .thenComparing(f -> text(f.section()))
            .thenComparing(f -> text(f.note()));

    private static String text(String s) {
        return s == null ? "" : s;
    }

    /** One SHACL result as a finding, with its note, line, section and claim resolved in {@code data}. */
    public static Finding finding(Graph data, ReportEntry e, RuleNames rules, String lang) {
        return toFinding(data, e, rules, lang);
    }

    static Finding toFinding(Graph data, ReportEntry e, RuleNames rules, String lang) {
        Context c = Context.of(data, e.focusNode());
        String text = pickMessage(e.messages(), lang);
        if (text == null) text = e.message();
        if (text == null) text = rules.of(e.source());
        String[] parts = split(text);
        int line = c.line;
        // a drifted reference: say why (what was looked for, and where it is if anywhere)
        if ("drifted-line-reference".equals(rules.of(e.source()))) parts[0] = driftReason(data, e.focusNode());
        String focus =
                e.focusNode().isURI() ? e.focusNode().getURI() : e.focusNode().toString();
        return new Finding(
                Severity.of(e.severity().level()),
                rules.of(e.source()),
                c.note,
                c.file,
                line,
                c.section,
                c.claim,
                c.claimText,
                parts[0],
                parts[1],
                focus);
    }

    /**
     * Why a line reference drifted: the quoted figure is not at line N nor in the block starting there
     * (found at line M, or not found in the note), or no target of the named kind (table, annotation,
     * figure) starts at or contains line N.
     */
    static String driftReason(Graph data, Node ref) {
        Node actual = Context.obj(data, ref, CG.actualLine);
        Node quoted = Context.obj(data, ref, CG.quotedFigure);
        Node target = Context.obj(data, ref, CG.targetFirstLine);
        Node kind = Context.obj(data, ref, CG.targetKind);
        String n = target == null ? "?" : target.getLiteralLexicalForm();
        String head = "Line reference to line " + n + " has drifted: ";
        if (quoted == null) {
            return head
                    + (kind != null
                            ? "no " + kind.getLiteralLexicalForm() + " starts at or contains line " + n
                            : "line " + n + " is blank or past the end of the note");
        }
        String fig = "the quoted figure \"" + quoted.getLiteralLexicalForm() + "\"";
        boolean found = actual != null && !actual.getLiteralLexicalForm().equals("-1");
        return head + fig + " is not on line " + n + " nor in the block starting there; "
                + (found ? "it is on line " + actual.getLiteralLexicalForm() : "it was not found in the note");
    }

    /** "What is wrong: what to do" → {what, what to do}; the shapes' messages follow that form. */
    static String[] split(String message) {
        int i = message.indexOf(": ");
        int j = message.indexOf('：');
        int k = i < 0 ? j : j < 0 ? i : Math.min(i, j);
        if (k < 0) return new String[] {message, ""};
        return new String[] {
            message.substring(0, k).trim(),
            message.substring(k + (message.charAt(k) == '：' ? 1 : 2)).trim()
        };
    }

    private static String pickMessage(Collection<Node> messages, String lang) {
        if (messages == null || messages.isEmpty()) return null;
        Node fallback = null;
        for (Node n : messages) {
            if (!n.isLiteral()) continue;
            if (n.getLiteralLanguage().equalsIgnoreCase(lang)) return n.getLiteralLexicalForm();
            if (fallback == null || n.getLiteralLanguage().equalsIgnoreCase("en")) fallback = n;
        }
        return fallback == null ? null : fallback.getLiteralLexicalForm();
    }

    // ------------------------------------------------------------------ the audit graph

    /** The audit graph: one cga:AuditRun, its sh:ValidationReport and one cga:Finding per finding (layout: {@link AuditGraph}). */
    public static Graph toGraph(Result r) {
        return AuditGraph.of(r);
    }

    /** Replaces the audit graph of {@code dataset} with the findings of {@code r}, in one write transaction. */
    public static void store(Dataset dataset, Result r) {
        Txn.executeWrite(dataset, () -> AuditGraph.replace(dataset.asDatasetGraph(), r));
    }

    /** Status assertion counts per note and section. */
    static final class Statuses {
        /** Notations in scheme order, then {@link #OTHER} for a concept outside the scheme. */
        static final List<String> NOTATIONS = java.util.Arrays.stream(VerificationStatus.values())
                .map(VerificationStatus::notation)
                .toList();

        static final String OTHER = "other";

        /** Position of a notation in {@link #NOTATIONS}; unknown ones after them. */
        private static int rank(String notation) {
            int i = NOTATIONS.indexOf(notation);
            return i < 0 ? NOTATIONS.size() : i;
        }

        /** file → section path → notation → count; files by name, sections in document order. */
        static Map<String, Map<String, Map<String, Integer>>> bySection(Graph g) {
            record Key(String file, String section) {}
            Map<Key, Map<String, Integer>> counts = new java.util.HashMap<>();
            Map<Key, Integer> firstLine = new java.util.HashMap<>();
            g.find(Node.ANY, CG.status, Node.ANY).forEachRemaining(t -> {
                if (!t.getObject().isURI()) return;
                String notation = Concepts.status(t.getObject())
                        .map(VerificationStatus::notation)
                        .orElse(OTHER);
                Node sa = t.getSubject();
                Node a = Context.subj(g, CG.hasStatusAssertion, sa);
                Context c = Context.of(g, a != null ? a : sa);
                Key k = new Key(
                        c.file == null ? "(unknown note)" : c.file, c.section == null ? "(no section)" : c.section);
                // statuses in their fixed order, not in the order the store happens to list triples
                counts.computeIfAbsent(
                                k,
                                x -> new java.util.TreeMap<>(Comparator.comparingInt(Statuses::rank)
                                        .thenComparing(Comparator.naturalOrder())))
                        .merge(notation, 1, Integer::sum);
                firstLine.merge(k, c.line < 0 ? Integer.MAX_VALUE : c.line, Math::min);
            });
            List<Key> keys = new ArrayList<>(counts.keySet());
            keys.sort(Comparator.comparing(Key::file)
                    .thenComparing(firstLine::get)
                    .thenComparing(Key::section));
            Map<String, Map<String, Map<String, Integer>>> out = new java.util.LinkedHashMap<>();
            for (Key k : keys)
                out.computeIfAbsent(k.file(), x -> new java.util.LinkedHashMap<>())
                        .put(k.section(), counts.get(k));
            return out;
        }
    }
}
