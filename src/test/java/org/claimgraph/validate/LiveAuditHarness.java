package org.claimgraph.validate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.claimgraph.extract.NoteExtractor;
import org.claimgraph.rdf.Iris;
import org.claimgraph.rdf.NoteMapper;
import org.claimgraph.store.GraphDelta;
import org.claimgraph.store.NoteChange;
import org.claimgraph.store.Stores;
import org.claimgraph.store.WriteContext;
import org.claimgraph.testing.Isomorphism;

/**
 * A store kept by the live audit, written the way the one write path writes (replace the notes'
 * graphs, then run the step, in one write transaction), and the full audit to compare it with.
 */
final class LiveAuditHarness {
    final Dataset ds;
    final Graph shapesGraph;
    final LocalDate asOf;
    final LiveAudit live;

    LiveAuditHarness(Graph shapesGraph, LocalDate asOf) {
        this(Stores.inMemory(), shapesGraph, asOf);
    }

    LiveAuditHarness(Dataset ds, Graph shapesGraph, LocalDate asOf) {
        this.ds = ds;
        this.shapesGraph = shapesGraph;
        this.asOf = asOf;
        this.live = new LiveAudit(shapesGraph, () -> asOf);
        this.readBack = Stores.tdb2Underneath(ds.asDatasetGraph()) != null;
    }

    /** True for a TDB2 store: {@link #apply} hands the step the note graph as stored, read back. */
    private final boolean readBack;

    /** Writes every note, then a full audit into the audit graph (what `audit --db` does). */
    void load(Map<String, String> corpus) {
        write(ds, corpus);
        Audit.store(ds, Audit.run(ds, shapesGraph, asOf, "en"));
    }

    static void write(Dataset ds, Map<String, String> corpus) {
        DatasetGraph dsg = ds.asDatasetGraph();
        Txn.executeWrite(ds, () -> corpus.forEach((p, t) -> dsg.addGraph(graphName(p), map(p, t))));
    }

    /** When set, {@link #apply} counts the quad writes of the live audit step ({@link #lastWrites}): benchmarks only. */
    boolean countWrites;

    /** Quad writes (adds, deletes, quads removed by a pattern) of the last step, when {@link #countWrites}. */
    long lastWrites;

    /**
     * Finds on the store in the last step (graph and dataset patterns; a {@code contains} counts as a find
     * giving 0 or 1 quad) and the quads they gave, when {@link #countWrites}; reads that bypass the dataset's find (TDB2 node-id reads,
     * {@link StoredOntology}) are not counted.
     */
    long lastFinds;

    long lastFound;

    /** CPU time of this thread in the last live audit step, in nanoseconds (wall time is {@link LiveAudit.Outcome#millis}). */
    long lastStepCpu;

    /** CPU time of this thread in the last {@link #apply}'s whole write transaction (note writes, step, commit), in nanoseconds. */
    long lastWriteCpu;

    /** Wall time of the last {@link #apply}'s commit (and end of its transaction), in nanoseconds. */
    long lastCommitNanos;

    /** Collections (by every collector) that ran during the last live audit step. */
    long lastStepCollections;

    private static long collections() {
        long n = 0;
        for (var b : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) n += b.getCollectionCount();
        return n;
    }

    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    /**
     * Wall time of the last step spent inside quad writes (adds, deletes, pattern deletes), in
     * nanoseconds, when {@link #countWrites}: the rest of the step is validation, finding the
     * stale findings and computing the delta.
     */
    long lastWriteNanos;

    /**
     * Counts the quad writes made through it, and the time spent in them; graphs are views of this
     * wrapper, so their writes count too.
     */
    private static final class CountingWrites extends org.apache.jena.sparql.core.DatasetGraphWrapper {
        long writes;
        long nanos;
        long finds;
        long found;

        /** Counts the call and, as they are read, the quads it gives. */
        private java.util.Iterator<org.apache.jena.sparql.core.Quad> counted(
                java.util.Iterator<org.apache.jena.sparql.core.Quad> it) {
            finds++;
            return org.apache.jena.atlas.iterator.Iter.map(it, q -> {
                found++;
                return q;
            });
        }

        @Override
        public java.util.Iterator<org.apache.jena.sparql.core.Quad> find(Node g, Node s, Node p, Node o) {
            return counted(super.find(g, s, p, o));
        }

        @Override
        public boolean contains(Node g, Node s, Node p, Node o) {
            finds++;
            boolean yes = super.contains(g, s, p, o);
            if (yes) found++;
            return yes;
        }

        @Override
        public java.util.Iterator<org.apache.jena.sparql.core.Quad> findNG(Node g, Node s, Node p, Node o) {
            return counted(super.findNG(g, s, p, o));
        }

        CountingWrites(DatasetGraph dsg) {
            super(dsg);
        }

        @Override
        public Graph getGraph(Node graphNode) {
            return org.apache.jena.sparql.core.GraphView.createNamedGraph(this, graphNode);
        }

        @Override
        public void add(org.apache.jena.sparql.core.Quad q) {
            writes++;
            long t = System.nanoTime();
            super.add(q);
            nanos += System.nanoTime() - t;
        }

        @Override
        public void delete(org.apache.jena.sparql.core.Quad q) {
            writes++;
            long t = System.nanoTime();
            super.delete(q);
            nanos += System.nanoTime() - t;
        }

        @Override
        public void add(Node g, Node s, Node p, Node o) {
            writes++;
            long t = System.nanoTime();
            super.add(g, s, p, o);
            nanos += System.nanoTime() - t;
        }

        @Override
        public void delete(Node g, Node s, Node p, Node o) {
            writes++;
            long t = System.nanoTime();
            super.delete(g, s, p, o);
            nanos += System.nanoTime() - t;
        }

        @Override
        public void deleteAny(Node g, Node s, Node p, Node o) {
            writes += count(getWrapped(), g, s, p, o);
            long t = System.nanoTime();
            super.deleteAny(g, s, p, o);
            nanos += System.nanoTime() - t;
        }
    }

    /**
     * The quads matching a pattern, counted on TDB2 as node ids (what TDB2's pattern delete reads), else
     * found: so that counting a pattern delete does not cost the step more than the delete.
     */
    private static long count(DatasetGraph dsg, Node g, Node s, Node p, Node o) {
        DatasetGraph base = Stores.tdb2Underneath(dsg);
        if (base == null || g == null || !g.isConcrete())
            return org.apache.jena.atlas.iterator.Iter.count(dsg.find(g, s, p, o));
        return org.apache.jena.atlas.iterator.Iter.count(org.apache.jena.tdb2.sys.TDBInternal.getDatasetGraphTDB(base)
                .getQuadTable()
                .getNodeTupleTable()
                .findAsNodeIds(g, s, p, o));
    }

    /**
     * Replaces the changed notes (null text: deleted), writing only the difference as the ingest does, and
     * runs the live audit, in one write transaction.
     */
    LiveAudit.Outcome apply(Map<String, String> changed) {
        DatasetGraph dsg = ds.asDatasetGraph();
        long[] done = new long[1];
        long w0 = THREADS.getCurrentThreadCpuTime();
        LiveAudit.Outcome outcome = Txn.calculateWrite(ds, () -> {
            List<NoteChange> changes = new ArrayList<>();
            changed.forEach((p, t) -> {
                Node gn = graphName(p);
                Graph before = copy(dsg.getGraph(gn));
                Graph after = t == null ? GraphFactory.createDefaultGraph() : map(p, t);
                GraphDelta.replace(dsg, gn, before, after); // only the difference, as the ingest writes
                // a store that may hold a literal in another form (TDB2) is read back, as the ingest does
                Graph stored = readBack ? copy(dsg.getGraph(gn)) : after;
                // the ingest reads the note back here (NoteTransaction), which applies an in-memory store's
                // pending writes (Stores.inMemory batches them) before the steps run; one lookup does the same
                if (!readBack) dsg.contains(gn, Node.ANY, Node.ANY, Node.ANY);
                changes.add(new NoteChange(p, gn, before, stored, t == null ? null : sha256(t)));
            });
            CountingWrites counting = countWrites ? new CountingWrites(dsg) : null;
            long g0 = collections();
            long[] f0 = threadStat();
            long c0 = THREADS.getCurrentThreadCpuTime();
            live.apply(counting == null ? dsg : counting, changes, WriteContext.now("test"));
            lastStepCpu = THREADS.getCurrentThreadCpuTime() - c0;
            long[] f1 = threadStat();
            for (int k = 0; k < f1.length; k++) lastStepStat[k] = f1[k] - f0[k];
            lastStepCollections = collections() - g0;
            lastWrites = counting == null ? 0 : counting.writes;
            lastFinds = counting == null ? 0 : counting.finds;
            lastFound = counting == null ? 0 : counting.found;
            lastWriteNanos = counting == null ? 0 : counting.nanos;
            done[0] = System.nanoTime();
            return live.lastOutcome();
        });
        lastCommitNanos = System.nanoTime() - done[0];
        lastWriteCpu = THREADS.getCurrentThreadCpuTime() - w0;
        return outcome;
    }

    /**
     * The step's own minor and major page faults and its user and system CPU in clock ticks, from
     * {@code /proc/thread-self/stat} (Linux; zeros elsewhere): benchmarks only.
     */
    final long[] lastStepStat = new long[4];

    private static long[] threadStat() {
        try {
            String s = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/thread-self/stat"));
            String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
            // fields after the command: state(3) ... minflt(10) cminflt majflt(12) cmajflt utime(14) stime(15)
            return new long[] {Long.parseLong(f[7]), Long.parseLong(f[9]), Long.parseLong(f[11]), Long.parseLong(f[12])
            };
        } catch (java.io.IOException | RuntimeException e) {
            return new long[4];
        }
    }

    /** A copy of the stored audit graph. */
    Graph stored() {
        return Txn.calculateRead(ds, () -> copy(ds.asDatasetGraph().getGraph(AuditGraph.NAME)));
    }

    /**
     * The audit graph a full audit from scratch of {@code corpus} writes: a new dataset holding the
     * ontology and every note, read into a new data graph ({@link DataGraph#of(Dataset, LocalDate)},
     * as {@code audit} does), validated in full and checked ({@link Audit#run}), written as a new
     * graph ({@link Audit#toGraph}). Nothing of the live audit's store or state is read. What is
     * reused, because it is not what is under test and is a pure function of its input: the parsed
     * shapes (parsed once from the same shapes graph), and the mapped graph of each note, kept by
     * path and content hash (extracting and mapping a note is a function of its path and text), so
     * only new or edited texts are mapped again. The new dataset links those graphs instead of
     * copying them into a transactional store: copying every note into a fresh in-memory store was
     * half of the time of a differential edit, and the data graph is a copy of them either way.
     */
    Graph full(Map<String, String> corpus) {
        Dataset fresh = DatasetFactory.createGeneral();
        DatasetGraph dsg = fresh.asDatasetGraph();
        Txn.executeWrite(fresh, () -> {
            dsg.addGraph(ONTOLOGY, ontology());
            corpus.forEach((p, t) -> dsg.addGraph(graphName(p), mapped(p, t)));
        });
        Graph data = DataGraph.of(fresh, asOf);
        return Audit.toGraph(Audit.run(data, shapesGraph, shapes(), asOf, "en"));
    }

    private static final Node ONTOLOGY = NodeFactory.createURI(Iris.ONTOLOGY_GRAPH);
    private Shapes parsedShapes;
    private Graph ontologyGraph;

    /** The ontology graph a new store is given ({@link Stores#inMemory()}), taken from one new store. */
    private Graph ontology() {
        if (ontologyGraph == null) {
            Dataset empty = Stores.inMemory();
            ontologyGraph =
                    Txn.calculateRead(empty, () -> copy(empty.asDatasetGraph().getGraph(ONTOLOGY)));
        }
        return ontologyGraph;
    }

    private Shapes shapes() {
        if (parsedShapes == null) parsedShapes = Shapes.parse(shapesGraph);
        return parsedShapes;
    }

    /**
     * Null when the stored audit graph is isomorphic to {@code expected}, else what differs (exact,
     * {@link Isomorphism}); compared inside a read transaction, without a copy.
     */
    String storedDifference(Graph expected) {
        return Txn.calculateRead(
                ds, () -> Isomorphism.difference(expected, ds.asDatasetGraph().getGraph(AuditGraph.NAME)));
    }

    private final Map<String, Graph> mappedNotes = new java.util.HashMap<>();

    /** The mapped graph of note {@code path} with text {@code text}, from the cache when mapped before (read only). */
    private Graph mapped(String path, String text) {
        return mappedNotes.computeIfAbsent(path + "\n" + sha256(text), k -> map(path, text));
    }

    static Node graphName(String path) {
        return NodeFactory.createURI(Iris.graphIri(path));
    }

    static Graph map(String path, String text) {
        return NoteMapper.map(NoteExtractor.extract(path, text));
    }

    static Graph copy(Graph g) {
        Graph c = GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(c::add);
        return c;
    }

    /** Findings (rule, file:line, message) in one audit graph and not in the other: for failure messages. */
    static String diff(Graph expected, Graph actual) {
        Set<String> e = findings(expected), a = findings(actual);
        Set<String> missing = new TreeSet<>(e), extra = new TreeSet<>(a);
        missing.removeAll(a);
        extra.removeAll(e);
        return "missing " + missing + "\nextra " + extra + "\nconforms expected "
                + Context.obj(expected, AuditGraph.REPORT, org.apache.jena.shacl.vocabulary.SHACL.conforms)
                + " actual " + Context.obj(actual, AuditGraph.REPORT, org.apache.jena.shacl.vocabulary.SHACL.conforms)
                + "\nsizes expected " + expected.size() + " actual " + actual.size();
    }

    private static Set<String> findings(Graph g) {
        Set<String> out = new TreeSet<>();
        g.find(Node.ANY, CGA.kind, Node.ANY).forEachRemaining(t -> {
            Node kind = t.getObject();
            for (StoredAudit.Ref r : StoredAudit.refs(g, t.getSubject()))
                out.add(t.getSubject().getURI().replaceAll(".*/", "") + " "
                        + Context.lex(Context.obj(g, kind, CGA.rule)) + " "
                        + Context.lex(Context.obj(g, t.getSubject(), CGA.note)) + " "
                        + (r.focus() == null ? null : r.focus().getURI()) + " "
                        + Context.lex(Context.obj(g, kind, CGA.message)));
        });
        return out;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
