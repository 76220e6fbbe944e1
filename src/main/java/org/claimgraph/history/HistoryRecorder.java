package org.claimgraph.history;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.claimgraph.rdf.CGH;
import org.claimgraph.rdf.Iris;
import org.claimgraph.store.ChangeStep;
import org.claimgraph.store.NoteChange;
import org.claimgraph.store.WriteContext;

/**
 * The history step: appends to {@link CGH#HISTORY_GRAPH} one {@code cgh:Run} per write that
 * changed something, one {@code cgh:NoteVersion} per changed note (SHA-256 and the triples added
 * and removed, so earlier states can be rebuilt) and one event per claim change
 * ({@link ClaimDiff}). Notes whose graph did not change add nothing; a write in which no note
 * changed adds no run. Every IRI is a hash of content ({@link #runIri}, {@link HistoryTriples}),
 * so applying the same changes with the same context twice leaves the same graph.
 */
public final class HistoryRecorder implements ChangeStep {
    static {
        org.apache.jena.sys.JenaSystem.init();
    } // a step may be built before anything else touched Jena (serve)

    private static final Node TYPE = RDF.type.asNode();

    @Override
    public void apply(DatasetGraph dsg, List<NoteChange> changes, WriteContext context) {
        List<NoteChange> real = new ArrayList<>();
        for (NoteChange c : changes) if (!sameGraph(c.before(), c.after())) real.add(c);
        if (real.isEmpty()) return;
        Graph history = dsg.getGraph(CGH.historyGraph);
        Node run = runIri(real, context);
        Node time = dateTime(context.time());
        writeRun(history, run, time, context);
        List<List<ClaimEvent>> events = new ArrayList<>(real.size());
        for (NoteChange c : real) events.add(ClaimDiff.diff(c.before(), c.after()));
        followRenames(real, events);
        for (int i = 0; i < real.size(); i++) {
            NoteChange c = real.get(i);
            writeVersion(history, run, c);
            for (ClaimEvent e : events.get(i)) {
                for (Triple t : HistoryTriples.event(e, run, time, c.path())) history.add(t);
            }
        }
    }

    /**
     * A note removed and a note added in the same write (a rename or a move): a removed claim with
     * the same kind and text as an appeared claim is recorded as its revision (new IRI, since the
     * IRI hashes the path), so the claim's history continues under the new path.
     */
    private static void followRenames(List<NoteChange> changes, List<List<ClaimEvent>> events) {
        java.util.Map<String, ClaimEvent> removed = new java.util.HashMap<>();
        for (int i = 0; i < changes.size(); i++) {
            if (!changes.get(i).after().isEmpty()) continue;
            for (ClaimEvent e : events.get(i)) {
                if (e.type() == EventType.REMOVED)
                    removed.putIfAbsent(
                            e.before().kind().getURI() + '\u001f' + e.before().plainText(), e);
            }
        }
        if (removed.isEmpty()) return;
        java.util.Set<ClaimEvent> consumed = new java.util.HashSet<>();
        for (int i = 0; i < changes.size(); i++) {
            if (!changes.get(i).before().isEmpty()) continue;
            List<ClaimEvent> list = events.get(i);
            for (int k = 0; k < list.size(); k++) {
                ClaimEvent e = list.get(k);
                if (e.type() != EventType.APPEARED) continue;
                ClaimEvent old = removed.remove(
                        e.after().kind().getURI() + '\u001f' + e.after().plainText());
                if (old == null) continue;
                consumed.add(old);
                list.set(k, new ClaimEvent(EventType.REVISED, old.before(), e.after()));
            }
        }
        for (List<ClaimEvent> list : events) list.removeIf(consumed::contains);
    }

    /** The run's IRI: the commit's when the notes come from git, else a hash of time, agent, tool and note versions. */
    static Node runIri(List<NoteChange> changes, WriteContext ctx) {
        if (ctx.commit().isPresent())
            return NodeFactory.createURI(
                    Iris.ID + "history/run/git-" + ctx.commit().get().id());
        List<String> parts = new ArrayList<>(List.of("run", ctx.time().toString(), ctx.agent(), ctx.tool()));
        for (NoteChange c : changes) parts.add(c.path() + "=" + c.sha256());
        return NodeFactory.createURI(Iris.ID + "history/run/" + Iris.hash(parts.toArray(String[]::new)));
    }

    private static void writeRun(Graph h, Node run, Node time, WriteContext ctx) {
        h.add(run, TYPE, CGH.Run);
        h.add(run, CGH.startedAtTime, time);
        h.add(run, CGH.toolVersion, NodeFactory.createLiteralString(ctx.tool()));
        h.add(run, CGH.wasAssociatedWith, agent(h, ctx.agent(), null));
        ctx.commit().ifPresent(c -> {
            h.add(run, CGH.commitId, NodeFactory.createLiteralString(c.id()));
            h.add(run, CGH.commitTime, dateTime(c.time()));
            h.add(run, CGH.commitAuthor, agent(h, c.authorName(), c.authorEmail()));
        });
    }

    /** A {@code prov:Agent} named by a user name, or by a commit author's name and e-mail. */
    private static Node agent(Graph h, String name, String email) {
        String label = email == null || email.isBlank() ? name : name + " <" + email + ">";
        Node a = NodeFactory.createURI(Iris.ID + "agent/" + Iris.hash(label));
        h.add(a, TYPE, CGH.provAgent);
        h.add(a, RDFS.label.asNode(), NodeFactory.createLiteralString(label));
        return a;
    }

    private static void writeVersion(Graph h, Node run, NoteChange c) {
        Node v = NodeFactory.createURI(
                Iris.ID + "history/version/" + Iris.hash(run.getURI(), c.path(), String.valueOf(c.sha256())));
        h.add(v, TYPE, CGH.NoteVersion);
        h.add(v, CGH.wasGeneratedBy, run);
        h.add(v, CGH.note, NodeFactory.createURI(Iris.noteIri(c.path())));
        h.add(v, CGH.path, NodeFactory.createLiteralString(c.path()));
        if (c.sha256() != null && !c.sha256().isEmpty())
            h.add(v, CGH.sha256, NodeFactory.createLiteralString(c.sha256()));
        boolean isNew = c.before().isEmpty();
        h.add(v, CGH.newNote, NodeFactory.createLiteralDT(Boolean.toString(isNew), XSDDatatype.XSDboolean));
        if (!isNew) {
            List<Triple> added = minus(c.after(), c.before());
            if (!added.isEmpty()) h.add(v, CGH.addedTriples, NodeFactory.createLiteralString(TripleText.write(added)));
        }
        List<Triple> removed = minus(c.before(), c.after());
        if (!removed.isEmpty())
            h.add(v, CGH.removedTriples, NodeFactory.createLiteralString(TripleText.write(removed)));
    }

    private static List<Triple> minus(Graph a, Graph b) {
        List<Triple> out = new ArrayList<>();
        a.find().forEachRemaining(t -> {
            if (!b.contains(t)) out.add(t);
        });
        return out;
    }

    /** Note graphs hold no blank nodes (every IRI is minted from content), so equal triple sets mean equal graphs. */
    static boolean sameGraph(Graph a, Graph b) {
        if (a.size() != b.size()) return false;
        var it = a.find();
        try {
            while (it.hasNext()) if (!b.contains(it.next())) return false;
        } finally {
            it.close();
        }
        return true;
    }

    static Node dateTime(java.time.Instant t) {
        return NodeFactory.createLiteralDT(t.toString(), XSDDatatype.XSDdateTime);
    }
}
