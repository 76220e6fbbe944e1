package org.claimgraph.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.claimgraph.extract.VerificationStatus;
import org.claimgraph.rdf.CGH;
import org.claimgraph.rdf.Concepts;

/**
 * Reads the events of the history graph as rows, oldest first: what the {@code history} command
 * prints and the Obsidian export's "History" sections list.
 */
public final class HistoryQuery {
    private HistoryQuery() {}

    /**
     * One event.
     *
     * @param time   when it happened (the run's time)
     * @param event  {@code appeared}, {@code status-changed}, {@code evidence-changed}, {@code revised} or {@code removed}
     * @param claim  the claim IRI (the new one for a revision)
     * @param text   the claim's text at that time
     * @param note   the note's path at that time
     * @param line   the claim's first line at that time, or -1
     * @param before status notation before ({@code pending} …), or the evidence before for evidence changes; "" when none
     * @param after  the same after the event
     * @param commit the git commit id of the run, or ""
     * @param author the commit's author, or the run's agent
     */
    public record EventRow(
            Instant time,
            String event,
            String claim,
            String text,
            String note,
            int line,
            String before,
            String after,
            String commit,
            String author) {}

    /** Which events to list: all bounds optional (null). {@code until} is exclusive. */
    public record Filter(Instant since, Instant until, String note) {
        public static final Filter ALL = new Filter(null, null, null);

        boolean accepts(Instant t, String path) {
            return (since == null || !t.isBefore(since))
                    && (until == null || t.isBefore(until))
                    && (note == null || note.equals(path));
        }
    }

    /** The events matching the filter, by time, then note, line and event name. Call inside a read transaction. */
    public static List<EventRow> events(Graph history, Filter filter) {
        Map<Node, String[]> runs = new HashMap<>();
        List<EventRow> rows = new ArrayList<>();
        history.find(Node.ANY, CGH.run, Node.ANY).forEachRemaining(t -> {
            Node e = t.getSubject();
            EventType type = type(history, e);
            Instant time = StatusTimeline.instant(one(history, e, CGH.atTime));
            String path = lex(one(history, e, CGH.path));
            if (type == null || time == null || !filter.accepts(time, path)) return;
            String[] run = runs.computeIfAbsent(t.getObject(), r -> run(history, r));
            Node line = one(history, e, CGH.line);
            rows.add(new EventRow(
                    time,
                    type.label(),
                    iri(one(history, e, CGH.claim)),
                    lex(one(history, e, CGH.text)),
                    path,
                    line == null ? -1 : Integer.parseInt(line.getLiteralLexicalForm()),
                    values(history, e, type, true),
                    values(history, e, type, false),
                    run[0],
                    run[1]));
        });
        rows.sort(Comparator.comparing(EventRow::time)
                .thenComparing(EventRow::note)
                .thenComparingInt(EventRow::line)
                .thenComparing(EventRow::event)
                .thenComparing(EventRow::claim));
        return rows;
    }

    /** The notation of a status concept ({@code cg:Pending} → {@code pending}), or "" for null or an unknown node. */
    public static String notation(Node status) {
        if (status == null) return "";
        for (VerificationStatus v : VerificationStatus.values())
            if (Concepts.status(v).equals(status)) return v.notation();
        return status.isURI() ? status.getLocalName() : status.toString();
    }

    private static String values(Graph h, Node e, EventType type, boolean before) {
        if (type == EventType.EVIDENCE_CHANGED) {
            List<String> parts = new ArrayList<>();
            evidence(h, e, before ? CGH.methodBefore : CGH.methodAfter, "method", parts);
            evidence(h, e, before ? CGH.environmentBefore : CGH.environmentAfter, "environment", parts);
            evidence(h, e, before ? CGH.updatedBefore : CGH.updatedAfter, "updated", parts);
            evidence(h, e, before ? CGH.sourceTypeBefore : CGH.sourceTypeAfter, "source", parts);
            return String.join("; ", parts);
        }
        return notation(one(h, e, before ? CGH.statusBefore : CGH.statusAfter));
    }

    private static void evidence(Graph h, Node e, Node p, String name, List<String> parts) {
        TreeSet<String> vs = new TreeSet<>();
        h.find(e, p, Node.ANY)
                .forEachRemaining(t -> vs.add(t.getObject().isURI() ? shortIri(t.getObject()) : lex(t.getObject())));
        if (!vs.isEmpty()) parts.add(name + "=" + String.join(",", vs));
    }

    private static String shortIri(Node n) {
        return n.getURI().startsWith(org.claimgraph.rdf.CG.NS) ? n.getLocalName() : n.getURI();
    }

    /** Commit id and author (or agent) of a run. */
    private static String[] run(Graph h, Node run) {
        String commit = lex(one(h, run, CGH.commitId));
        Node who = one(h, run, CGH.commitAuthor);
        if (who == null) who = one(h, run, CGH.wasAssociatedWith);
        return new String[] {commit, who == null ? "" : lex(one(h, who, RDFS.label.asNode()))};
    }

    private static EventType type(Graph h, Node e) {
        var it = h.find(e, RDF.type.asNode(), Node.ANY);
        while (it.hasNext()) {
            EventType t = EventType.of(it.next().getObject());
            if (t != null) return t;
        }
        return null;
    }

    static Node one(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            it.close();
        }
    }

    private static String lex(Node n) {
        return n == null ? "" : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }

    private static String iri(Node n) {
        return n == null ? "" : n.getURI();
    }
}
