package org.claimgraph.validate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.mem2.GraphMem2;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.claimgraph.rdf.CG;
import org.claimgraph.rdf.Iris;
import org.claimgraph.store.ChangeStep;
import org.claimgraph.store.NoteChange;
import org.claimgraph.store.Stores;
import org.claimgraph.store.WriteContext;

/**
 * The live audit: a {@link ChangeStep} that keeps the audit graph {@value CGA#AUDIT_GRAPH} current
 * in the transaction that writes the notes, by re-validating only what the change can affect
 * ({@link ShapeScopes}):
 * <ol>
 * <li>the changed notes' findings are removed; their focus nodes are validated against the
 *     note-scoped shapes over the note's own graph (plus ontology and audit parameters), and the
 *     coverage and multiplier checks run over it;</li>
 * <li>for each keyed shape, the focus nodes of any note that share a key with the changed notes
 *     (before or after the change) are re-validated against that shape over the whole store, and
 *     their findings of that rule replaced;</li>
 * <li>corpus-scoped shapes are re-run over the whole store.</li>
 * </ol>
 * Runs only when the store already holds an audit run ({@code claimgraph audit --db} made one);
 * when the audit date has moved on since that run, the whole audit is redone (the stale-date rule
 * depends on the date, not on the notes), and so it is when the stored graph is of an older layout
 * ({@link AuditGraph#current}: other finding IRIs). The result equals a full audit of the same data: the
 * differential test proves it.
 */
public final class LiveAudit implements ChangeStep {

    /**
     * What one run did.
     *
     * @param notes   notes re-validated (changed notes plus notes reached through keyed shapes)
     * @param millis  time taken
     * @param rebuilt why the whole audit was redone ({@link #NEW_DATE}, {@link #NEW_LAYOUT} or both,
     *                joined by ", "), or null when it was not
     * @param skipped true when the store keeps no audit graph
     */
    public record Outcome(int notes, long millis, String rebuilt, boolean skipped) {
        static final Outcome SKIPPED = new Outcome(0, 0, null, true);

        /** Why a stored audit is redone in full: its date has moved on. */
        public static final String NEW_DATE = "new audit date";

        /** Why a stored audit is redone in full: it was written in an older layout ({@link AuditGraph#current}). */
        public static final String NEW_LAYOUT = "audit graph of an older layout";

        /** True when the whole audit was redone. */
        public boolean full() {
            return rebuilt != null;
        }

        /** Two runs added up (several write transactions of one ingest); a skipped run adds nothing. */
        public Outcome plus(Outcome o) {
            if (o.skipped) return this;
            if (skipped) return o;
            return new Outcome(notes + o.notes, millis + o.millis, join(rebuilt, o.rebuilt), false);
        }

        private static String join(String a, String b) {
            if (a == null) return b;
            if (b == null || a.contains(b)) return a;
            return b.contains(a) ? b : a + ", " + b;
        }

        /** "re-validated K notes in N ms", and why when the whole audit was redone. */
        public String summary() {
            return "re-validated " + notes + " note" + (notes == 1 ? "" : "s") + " in " + millis + " ms"
                    + (full() ? " (full audit: " + rebuilt + ")" : "");
        }
    }

    private final Graph shapesGraph;
    private final Shapes shapes;
    private final FocusValidator validator;
    private final ShapeScopes scopes;
    private final RuleNames rules;
    private final Supplier<LocalDate> clock;
    private final Graph packagedOntology;
    private final StoredOntology storedOntology = new StoredOntology();
    private volatile Outcome last = Outcome.SKIPPED;
    private Outcome total = Outcome.SKIPPED;

    /** A live audit with the given shapes; {@code clock} gives the audit date (today, or fixed in tests). */
    public LiveAudit(Graph shapesGraph, Supplier<LocalDate> clock) {
        this.shapesGraph = Objects.requireNonNull(shapesGraph, "shapesGraph");
        this.shapes = Shapes.parse(shapesGraph);
        this.validator = new FocusValidator(shapes);
        this.scopes = ShapeScopes.of(shapesGraph, shapes);
        this.rules = new RuleNames(shapesGraph);
        this.clock = Objects.requireNonNull(clock, "clock");
        Graph ont = GraphFactory.createDefaultGraph();
        DataGraph.addPackagedOntology(ont);
        this.packagedOntology = ont;
    }

    /** The packaged shapes, audit date today. */
    public static LiveAudit packaged() {
        return new LiveAudit(ShapesLoader.defaultShapesGraph(), LocalDate::now);
    }

    /** The scopes this audit re-validates by. */
    public ShapeScopes scopes() {
        return scopes;
    }

    /** What the last {@link #apply} did. */
    public Outcome lastOutcome() {
        return last;
    }

    /**
     * Every {@link #apply} of this instance added up (an ingest writes in several transactions);
     * skipped when none re-validated anything (the store keeps no audit graph, or nothing changed).
     */
    public synchronized Outcome total() {
        return total;
    }

    /** True when {@code dsg} keeps an audit graph, so that writes re-validate; call inside a transaction. */
    public static boolean kept(DatasetGraph dsg) {
        return dsg.containsGraph(AuditGraph.NAME) && AuditGraph.present(dsg.getGraph(AuditGraph.NAME));
    }

    @Override
    public void apply(DatasetGraph dsg, List<NoteChange> changes, WriteContext context) {
        Outcome o = run(dsg, changes);
        last = o;
        synchronized (this) {
            total = total.plus(o);
        }
    }

    /**
     * Inside a write transaction: stores a full audit when {@code dsg} keeps none, or redoes it when
     * its date has moved on; true when it audited. Guard mode calls this before a write changes
     * anything, so that what a write adds is told apart from what a new day adds.
     */
    public boolean refresh(DatasetGraph dsg) {
        Graph audit = dsg.getGraph(AuditGraph.NAME);
        LocalDate asOf = clock.get();
        if (AuditGraph.present(audit) && asOf.equals(AuditGraph.asOf(audit)) && AuditGraph.current(audit)) return false;
        rebuild(dsg, asOf, AuditGraph.present(audit) ? AuditGraph.lang(audit) : "en");
        return true;
    }

    /** Why the stored {@code audit} must be redone in full for {@code asOf}, or null when it need not. */
    static String rebuildReason(Graph audit, LocalDate asOf) {
        boolean date = !asOf.equals(AuditGraph.asOf(audit)), layout = !AuditGraph.current(audit);
        if (date && layout) return Outcome.NEW_DATE + ", " + Outcome.NEW_LAYOUT;
        return date ? Outcome.NEW_DATE : layout ? Outcome.NEW_LAYOUT : null;
    }

    /** Re-validates after {@code changes}, inside the write transaction the caller holds. */
    public Outcome run(DatasetGraph dsg, List<NoteChange> changes) {
        long t0 = System.nanoTime();
        Graph audit = dsg.getGraph(AuditGraph.NAME);
        if (!AuditGraph.present(audit)) return Outcome.SKIPPED;
        LocalDate asOf = clock.get();
        String lang = AuditGraph.lang(audit);
        String why = rebuildReason(audit, asOf);
        if (why != null) {
            int notes = rebuild(dsg, asOf, lang);
            return new Outcome(notes, millis(t0), why, false);
        }
        Ontology ontology = ontology(dsg);
        Graph view = StoreView.of(dsg, asOf, packagedOntology);
        Set<Finding> fresh = new HashSet<>();
        AuditDelta delta = new AuditDelta(audit);
        Set<String> touched = new LinkedHashSet<>();
        // 1. the changed notes: note-scoped shapes and the checks over the note's own graph
        for (NoteChange c : changes) {
            touched.add(Iris.noteIri(c.path()));
            delta.note(NodeFactory.createURI(Iris.noteIri(c.path())));
            if (!c.after().isEmpty()) noteScoped(fresh, local(c.after(), ontology, asOf), lang);
        }
        // 2. keyed shapes: focus nodes anywhere that share a key with the changed notes
        for (ShapeScopes.Scope s : scopes.ofKind(ShapeScopes.Kind.KEYED)) {
            List<Graph> graphs = new ArrayList<>();
            for (NoteChange c : changes) {
                graphs.add(c.before());
                graphs.add(c.after());
            }
            Set<Node> candidates = keyedCandidates(s.key(), graphs, view);
            String rule = rules.of(s.shape().getShapeNode());
            Map<Node, String> notes = new HashMap<>();
            for (Node x : candidates) notes.put(x, noteOf(x, view));
            for (Node x : candidates) if (!touched.contains(notes.get(x))) delta.focus(x, rule);
            keyed(fresh, s, candidates, view, lang);
            notes.values().forEach(n -> {
                if (n != null) touched.add(n);
            });
        }
        // 3. corpus-scoped shapes: all their focus nodes
        for (ShapeScopes.Scope s : scopes.ofKind(ShapeScopes.Kind.CORPUS)) {
            delta.rule(rules.of(s.shape().getShapeNode()));
            collect(
                    fresh,
                    view,
                    validator.validate(view, List.of(s.shape()), sh -> validator.focusNodes(view, sh)),
                    lang);
        }
        delta.write(fresh);
        return new Outcome(touched.size(), millis(t0), null, false);
    }

    /**
     * The findings one note would have if {@code noteGraph} replaced what the store holds for
     * {@code path}, without writing anything: what {@code claimgraph validate --note} prints. Call
     * inside a read transaction on {@code dsg}.
     */
    public List<Finding> validateNote(DatasetGraph dsg, String path, Graph noteGraph, LocalDate asOf, String lang) {
        Set<Finding> fresh = new HashSet<>();
        noteScoped(fresh, local(noteGraph, ontology(dsg), asOf), lang);
        Graph view =
                StoreView.replacing(dsg, NodeFactory.createURI(Iris.graphIri(path)), noteGraph, asOf, packagedOntology);
        for (ShapeScopes.Scope s : scopes.ofKind(ShapeScopes.Kind.KEYED))
            keyed(fresh, s, keyedCandidates(s.key(), List.of(noteGraph), null), view, lang);
        for (ShapeScopes.Scope s : scopes.ofKind(ShapeScopes.Kind.CORPUS)) {
            List<Node> mine = validator.focusNodes(view, s.shape()).stream()
                    .filter(x -> noteGraph.contains(x, Node.ANY, Node.ANY))
                    .toList();
            collect(fresh, view, validator.validate(view, List.of(s.shape()), sh -> mine), lang);
        }
        String note = Iris.noteIri(path);
        List<Finding> out = new ArrayList<>(
                fresh.stream().filter(f -> note.equals(f.note())).toList());
        out.sort(Audit.ORDER);
        return out;
    }

    /**
     * Runs the code of a re-validation once without writing to {@code dsg}, so that the first save
     * after a start does not pay for code the JIT has not compiled yet (BENCHMARKS.md, session 11,
     * live). One stored note, the first the store finds, is validated against the store as it is
     * ({@link #validateNote}: the keyed and corpus-scoped shapes over this store); then the write path
     * (finding the stale findings, the delta, the quad writes) runs on a store of its own, in memory
     * and of the same kind ({@link Stores#scratchLike}), holding that note and the ontology: the
     * note's audit stored, the note deleted and written back, each re-validated by {@link #run}.
     * On TDB2 the validation keeps the store's ontology decoded for the steps ({@link StoredOntology}), and
     * at the end every quad index of the store is read through once ({@link StoreTouch}), so that the
     * first saves after a start do not fault its memory-mapped index pages in one by one.
     * {@link #lastOutcome} and {@link #total} do not count it. Call inside a read transaction on
     * {@code dsg}. Returns the note's path, or null when the store keeps no audit graph (writes do
     * not re-validate) or holds no note.
     */
    public String warmUp(DatasetGraph dsg) {
        if (!kept(dsg)) return null;
        var it = dsg.findNG(Node.ANY, Node.ANY, CG.sourcePath, Node.ANY);
        while (it.hasNext()) {
            var q = it.next();
            if (!q.getObject().isLiteral()) continue;
            String path = q.getObject().getLiteralLexicalForm();
            Node graphName = NodeFactory.createURI(Iris.graphIri(path));
            if (!q.getGraph().equals(graphName)) continue;
            Graph note = GraphFactory.createDefaultGraph();
            dsg.getGraph(graphName).find().forEachRemaining(note::add);
            LocalDate asOf = clock.get();
            String lang = AuditGraph.lang(dsg.getGraph(AuditGraph.NAME));
            validateNote(dsg, path, note, asOf, lang);
            Dataset scratch = Stores.scratchLike(dsg);
            try {
                DatasetGraph s = scratch.asDatasetGraph();
                Graph none = GraphFactory.createDefaultGraph();
                Txn.executeWrite(scratch, () -> {
                    s.addGraph(graphName, note);
                    rebuild(s, asOf, lang);
                });
                Txn.executeWrite(scratch, () -> {
                    s.removeGraph(graphName);
                    run(s, List.of(new NoteChange(path, graphName, note, none, null)));
                });
                Txn.executeWrite(scratch, () -> {
                    s.addGraph(graphName, note);
                    run(s, List.of(new NoteChange(path, graphName, none, note, null)));
                });
            } finally {
                scratch.close();
            }
            StoreTouch.quadIndexes(dsg);
            return path;
        }
        return null;
    }

    /** Note-scoped shapes and the coverage and multiplier checks over one note's local graph. */
    private void noteScoped(Set<Finding> fresh, Graph local, String lang) {
        List<Shape> noteShapes = scopes.ofKind(ShapeScopes.Kind.NOTE).stream()
                .map(ShapeScopes.Scope::shape)
                .toList();
        collect(fresh, local, validator.validate(local, noteShapes, s -> validator.focusNodes(local, s)), lang);
        checks(fresh, local);
    }

    /** A keyed shape over the candidates that are its focus nodes. */
    private void keyed(Set<Finding> fresh, ShapeScopes.Scope s, Set<Node> candidates, Graph view, String lang) {
        List<Node> focus = candidates.stream()
                .filter(x -> validator.isFocus(s.shape(), x, view))
                .toList();
        collect(fresh, view, validator.validate(view, List.of(s.shape()), sh -> focus), lang);
    }

    /** Replaces the whole audit graph with a full audit of {@code dsg} for {@code asOf}. */
    private int rebuild(DatasetGraph dsg, LocalDate asOf, String lang) {
        DataGraph.Parts parts = DataGraph.parts(dsg, asOf);
        Audit.Result r = Audit.run(parts, shapesGraph, shapes, asOf, lang);
        AuditGraph.replace(dsg, r);
        return parts.whole().find(Node.ANY, CG.sourcePath, Node.ANY).toList().size();
    }

    /** What adds the ontology's triples to a graph. */
    private interface Ontology {
        void addTo(Graph g);
    }

    /**
     * The store's ontology graph, or the packaged ontology when the store has none. On TDB2 the
     * graph's decoded triples are reused while its node ids are the same ({@link StoredOntology}).
     */
    private Ontology ontology(DatasetGraph dsg) {
        Node ont = NodeFactory.createURI(Iris.ONTOLOGY_GRAPH);
        List<Triple> stored = storedOntology.triples(dsg, ont);
        if (stored != null) {
            if (!stored.isEmpty()) return g -> stored.forEach(g::add);
        } else if (dsg.containsGraph(ont) && !dsg.getGraph(ont).isEmpty()) {
            Graph graph = dsg.getGraph(ont);
            return g -> graph.find().forEachRemaining(g::add);
        }
        return g -> packagedOntology.find().forEachRemaining(g::add);
    }

    /** True when the ontology of {@code dsg} is kept decoded ({@link StoredOntology}): for tests. */
    boolean keepsOntology(DatasetGraph dsg) {
        return storedOntology.holds(dsg);
    }

    /**
     * The note's graph with the ontology, the audit parameters and the derived enclosures: all a
     * note-scoped shape reads.
     * One copy in one in-memory graph: a union view answers every pattern by asking each part and
     * removing duplicates through a set, which costs more than the copy over a note's validation.
     * A note already in an in-memory graph is copied table by table ({@link GraphMem2#copy}), not
     * triple by triple: 0.15–0.2 ms less per note (BENCHMARKS.md, session 11, live).
     */
    private static Graph local(Graph note, Ontology ontology, LocalDate asOf) {
        Graph g;
        if (note instanceof GraphMem2 m) g = m.copy();
        else {
            g = GraphFactory.createDefaultGraph();
            note.find().forEachRemaining(g::add);
        }
        ontology.addTo(g);
        DataGraph.complete(g, asOf);
        return g;
    }

    private void collect(Set<Finding> fresh, Graph data, List<ReportEntry> entries, String lang) {
        for (ReportEntry e : entries) fresh.add(Audit.toFinding(data, e, rules, lang));
    }

    private void checks(Set<Finding> fresh, Graph local) {
        List<Finding> found = new ArrayList<>(CoverageCheck.findings(CoverageCheck.run(local)));
        found.addAll(MultiplierCheck.findings(MultiplierCheck.run(local), local));
        fresh.addAll(found);
    }

    /**
     * ?this of the key query over {@code graphs} (the changed notes before and after), and, when
     * {@code view} is given, over the store for every key those bind.
     */
    private static Set<Node> keyedCandidates(Query key, List<Graph> graphs, Graph view) {
        Set<Node> out = new LinkedHashSet<>();
        Set<Map<String, RDFNode>> keys = new LinkedHashSet<>();
        for (Graph g : graphs) {
            if (g.isEmpty()) continue;
            select(key, g, null, row -> {
                out.add(row.get("this").asNode());
                Map<String, RDFNode> k = new HashMap<>(row);
                k.remove("this");
                keys.add(k);
            });
        }
        if (view != null)
            for (Map<String, RDFNode> k : keys)
                select(key, view, k, row -> out.add(row.get("this").asNode()));
        return out;
    }

    private interface Row {
        void accept(Map<String, RDFNode> row);
    }

    private static void select(Query q, Graph g, Map<String, RDFNode> bind, Row sink) {
        var b = QueryExecution.model(ModelFactory.createModelForGraph(g)).query(q);
        if (bind != null) bind.forEach(b::substitution);
        try (QueryExecution qe = b.build()) {
            ResultSet rs = qe.execSelect();
            List<String> vars = rs.getResultVars();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                Map<String, RDFNode> row = new HashMap<>();
                for (String v : vars) if (s.get(v) != null) row.put(v, s.get(v));
                if (row.containsKey("this")) sink.accept(row);
            }
        }
    }

    private static String noteOf(Node x, Graph data) {
        return Context.of(data, x).note;
    }

    private static long millis(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }
}
