package org.claimgraph.server;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.shared.OperationDeniedException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.GraphView;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.claimgraph.rdf.CG;
import org.claimgraph.rdf.CGH;
import org.claimgraph.rdf.Iris;
import org.claimgraph.store.ChangeStep;
import org.claimgraph.store.NoteChange;
import org.claimgraph.store.NotePipeline;
import org.claimgraph.store.WriteContext;
import org.claimgraph.validate.AuditGraph;
import org.claimgraph.validate.LiveAudit;
import org.claimgraph.validate.Severity;
import org.claimgraph.validate.WriteGuard;

/**
 * The served dataset as SPARQL Update, Graph Store writes and {@code /kg/verify} see it: it keeps
 * the stored audit graph current for writes that do not come through the note pipeline, and, in
 * guard mode, refuses a write that would add a finding of at least the guard's severity.
 *
 * <p>In a write transaction, the first write to a note's named graph copies the graph as it was
 * (graph-level writes through {@link #getGraph} are routed back through this wrapper). At commit,
 * every touched graph that holds a note ({@code cg:sourcePath}) before or after and did change
 * becomes a {@link NoteChange}, and {@link LiveAudit} re-validates them in the same transaction.
 * In guard mode the audit graph's findings of at least the guard's severity are tallied before and
 * after ({@link WriteGuard}); when the write adds any, the transaction is aborted (nothing is
 * written, the data version does not move) and {@link Refused} is thrown: Fuseki rethrows it from
 * SPARQL Update and Graph Store writes, and {@link GuardResponses} turns the request's response into
 * 422 with the report.
 *
 * <p>Nothing is tracked when the store keeps no audit graph and the guard is off. In guard mode the
 * audit graph is made (or redone for a new day) at the first write of a transaction, before the
 * write changes anything. The note pipeline of the server's own start-up ingest and watcher writes
 * to the dataset under this wrapper and runs the live audit itself.
 */
final class AuditedWrites extends DatasetGraphWrapper {
    /** Thrown from {@link #commit} when guard mode refuses the write (the transaction is aborted). */
    static final class Refused extends OperationDeniedException {
        final transient WriteGuard.Refusal refusal;

        Refused(WriteGuard.Refusal refusal) {
            super(refusal.message());
            this.refusal = refusal;
        }
    }

    private static final Set<String> NOT_NOTES =
            Set.of(Iris.ONTOLOGY_GRAPH, Iris.INGEST_GRAPH, Iris.PARAMETERS_GRAPH, CGH.HISTORY_GRAPH);
    /** How this thread's writes are treated: checked (default), audited but never refused, or left to the pipeline's own steps. */
    private enum Mode {
        GUARDED,
        UNGUARDED,
        UNTRACKED
    }

    private static final ThreadLocal<Mode> MODE = ThreadLocal.withInitial(() -> Mode.GUARDED);

    private final LiveAudit live;
    private final Severity guard;
    /** What this thread's write transaction touched; readers ending their transactions never see it. */
    private static final class State {
        final Map<Node, Graph> before = new LinkedHashMap<>();
        boolean started;
        boolean tracking;
    }

    private final ThreadLocal<State> state = ThreadLocal.withInitial(State::new);

    /** {@code guard}: the least severity refused, or null (off). */
    AuditedWrites(DatasetGraph base, LiveAudit live, Severity guard) {
        super(base);
        this.live = live;
        this.guard = guard;
    }

    /**
     * Runs {@code write} on this thread without the guard's refusal ({@code /kg/verify}); with
     * {@code audit} false nothing is tracked either (the write goes through a note pipeline whose
     * own steps run the live audit).
     */
    static <T> T unguarded(boolean audit, Supplier<T> write) {
        Mode was = MODE.get();
        MODE.set(audit ? Mode.UNGUARDED : Mode.UNTRACKED);
        try {
            return write.get();
        } finally {
            MODE.set(was);
        }
    }

    Severity guard() {
        return guard;
    }

    static boolean noteGraphName(Node g) {
        return g != null
                && g.isURI()
                && g.getURI().startsWith(Iris.NOTE_GRAPH_PREFIX)
                && !NOT_NOTES.contains(g.getURI());
    }

    private boolean inWrite() {
        return isInTransaction() && transactionMode() == ReadWrite.WRITE;
    }

    /** Before the first change of {@code g} in this transaction: remember it as it was. */
    private void touch(Node g) {
        State st = state.get();
        if (!st.started) {
            st.started = true;
            DatasetGraph base = getWrapped();
            Mode mode = MODE.get();
            if (guard != null && mode == Mode.GUARDED) live.refresh(base);
            st.tracking = mode != Mode.UNTRACKED
                    && (guard != null
                            || LiveAudit.kept(base)
                            || mode == Mode.GUARDED && !historySteps().isEmpty());
        }
        if (!st.tracking || !noteGraphName(g) || st.before.containsKey(g)) return;
        st.before.put(g, copy(getWrapped(), g));
    }

    /** A write whose graph is a pattern: every stored note graph it may change. */
    private void touchAll(Node g) {
        if (g != null && g.isConcrete()) {
            touch(g);
            return;
        }
        touch(Quad.defaultGraphIRI); // starts the transaction's tracking
        if (state.get().tracking) getWrapped().listGraphNodes().forEachRemaining(this::touch);
    }

    @Override
    public void add(Quad q) {
        touch(q.getGraph());
        super.add(q);
    }

    @Override
    public void delete(Quad q) {
        touch(q.getGraph());
        super.delete(q);
    }

    @Override
    public void add(Node g, Node s, Node p, Node o) {
        touch(g);
        super.add(g, s, p, o);
    }

    @Override
    public void delete(Node g, Node s, Node p, Node o) {
        touch(g);
        super.delete(g, s, p, o);
    }

    @Override
    public void deleteAny(Node g, Node s, Node p, Node o) {
        touchAll(g);
        super.deleteAny(g, s, p, o);
    }

    @Override
    public void addGraph(Node g, Graph data) {
        touch(g);
        super.addGraph(g, data);
    }

    @Override
    public void removeGraph(Node g) {
        touch(g);
        super.removeGraph(g);
    }

    @Override
    public void clear() {
        touchAll(Node.ANY);
        super.clear();
    }

    /** In a write transaction, a view whose writes come back through this wrapper. */
    @Override
    public Graph getGraph(Node g) {
        return inWrite() ? GraphView.createNamedGraph(this, g) : super.getGraph(g);
    }

    @Override
    public Graph getDefaultGraph() {
        return inWrite() ? GraphView.createDefaultGraph(this) : super.getDefaultGraph();
    }

    @Override
    public void commit() {
        Map<Node, Graph> touched = state.get().before;
        reset();
        if (!touched.isEmpty()) {
            WriteGuard.Refusal refusal = audit(touched);
            if (refusal != null) {
                super.abort();
                GuardResponses.refused(refusal);
                throw new Refused(refusal);
            }
        }
        super.commit();
    }

    @Override
    public void abort() {
        reset();
        super.abort();
    }

    @Override
    public void end() {
        reset();
        super.end();
    }

    private void reset() {
        state.remove();
    }

    /** Re-validates the changed notes; the refusal when guard mode refuses the write, else null. */
    private WriteGuard.Refusal audit(Map<Node, Graph> touched) {
        DatasetGraph base = getWrapped();
        List<NoteChange> changes = new ArrayList<>();
        touched.forEach((g, was) -> {
            Graph now = copy(base, g);
            String path = sourcePath(now) != null ? sourcePath(now) : sourcePath(was);
            if (path != null && !same(was, now))
                changes.add(new NoteChange(path, g, was, now, now.isEmpty() ? null : contentHash(now)));
        });
        if (changes.isEmpty()) return null;
        if (MODE.get() == Mode.GUARDED) record(base, changes);
        if (!LiveAudit.kept(base)) return null;
        Graph audit = base.getGraph(AuditGraph.NAME);
        var tallyBefore = guard == null ? null : WriteGuard.tally(audit, guard);
        live.run(base, changes);
        if (guard == null || MODE.get() != Mode.GUARDED) return null;
        var added = WriteGuard.added(tallyBefore, WriteGuard.tally(audit, guard));
        return added.isEmpty() ? null : WriteGuard.refusal(base, added, guard);
    }

    /**
     * The server's change steps other than the live audit (the history step), which run it
     * themselves through the note pipeline for its own writes: here they run for a plain request
     * write, first, as the request's user, before the live audit.
     */
    private List<ChangeStep> historySteps() {
        return NoteIngest.steps(getWrapped()).stream()
                .filter(step -> !(step instanceof LiveAudit))
                .toList();
    }

    private void record(DatasetGraph base, List<NoteChange> changes) {
        List<ChangeStep> steps = historySteps();
        if (steps.isEmpty()) return;
        WriteContext ctx = new WriteContext(Instant.now(), RequestUser.current(), NotePipeline.TOOL, Optional.empty());
        for (ChangeStep step : steps) step.apply(base, changes, ctx);
    }

    /** The note's content hash as its graph records it, or "" (a write that did not come from a file). */
    private static String contentHash(Graph g) {
        var it = g.find(Node.ANY, CG.contentSha256, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : "";
        } finally {
            it.close();
        }
    }

    private static String sourcePath(Graph g) {
        var it = g.find(Node.ANY, CG.sourcePath, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
        } finally {
            it.close();
        }
    }

    private static boolean same(Graph a, Graph b) {
        if (a.size() != b.size()) return false;
        var it = a.find();
        try {
            while (it.hasNext()) if (!b.contains(it.next())) return false;
            return true;
        } finally {
            it.close();
        }
    }

    private static Graph copy(DatasetGraph dsg, Node g) {
        Graph c = GraphFactory.createDefaultGraph();
        dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> c.add(q.asTriple()));
        return c;
    }
}
