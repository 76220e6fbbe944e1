package org.claimgraph.export;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.claimgraph.history.HistoryQuery;
import org.claimgraph.rdf.CGH;

/**
 * The "History" lines of the Obsidian export: per claim IRI, one markdown list item per event of
 * the claim and of the claims it is a revision of ({@code prov:wasRevisionOf}, followed back),
 * oldest first, e.g.
 * {@code - 2025-03-02 10:00Z · status-changed · pending → verified · notes/deploy.md:5 · Alice <a@x> · 1a2b3c4}.
 */
final class HistoryLines {
    private HistoryLines() {}

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm'Z'").withZone(ZoneOffset.UTC);

    /** The lines of every claim that has events, by claim IRI; empty when the store records no history. */
    static Map<String, List<String>> read(Dataset dataset) {
        return dataset.isInTransaction()
                ? read(dataset.asDatasetGraph().getGraph(CGH.historyGraph))
                : Txn.calculateRead(dataset, () -> read(dataset.asDatasetGraph().getGraph(CGH.historyGraph)));
    }

    private static Map<String, List<String>> read(Graph h) {
        Map<String, List<HistoryQuery.EventRow>> byClaim = new HashMap<>();
        for (HistoryQuery.EventRow r : HistoryQuery.events(h, HistoryQuery.Filter.ALL)) {
            byClaim.computeIfAbsent(r.claim(), k -> new ArrayList<>()).add(r);
        }
        Map<String, List<String>> earlier = new HashMap<>();
        h.find(Node.ANY, CGH.wasRevisionOf, Node.ANY)
                .forEachRemaining(t -> earlier.computeIfAbsent(t.getSubject().getURI(), k -> new ArrayList<>())
                        .add(t.getObject().getURI()));
        Map<String, List<String>> out = new HashMap<>();
        for (String claim : byClaim.keySet()) {
            List<HistoryQuery.EventRow> rows = new ArrayList<>();
            for (String c : lineage(claim, earlier)) rows.addAll(byClaim.getOrDefault(c, List.of()));
            rows.sort(Comparator.comparing(HistoryQuery.EventRow::time)
                    .thenComparing(HistoryQuery.EventRow::event)
                    .thenComparing(HistoryQuery.EventRow::claim));
            out.put(claim, rows.stream().map(HistoryLines::line).toList());
        }
        return out;
    }

    /** The claim and every claim it was revised from, transitively (each once). */
    private static List<String> lineage(String claim, Map<String, List<String>> earlier) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(claim));
        while (!todo.isEmpty()) {
            String c = todo.pop();
            if (!seen.add(c)) continue;
            out.add(c);
            todo.addAll(earlier.getOrDefault(c, List.of()));
        }
        return out;
    }

    static String line(HistoryQuery.EventRow r) {
        StringBuilder b = new StringBuilder("- ")
                .append(TIME.format(r.time()))
                .append(" · ")
                .append(r.event());
        if (!r.before().isEmpty() || !r.after().isEmpty()) {
            b.append(" · ")
                    .append(r.before().isEmpty() ? "∅" : r.before())
                    .append(" → ")
                    .append(r.after().isEmpty() ? "∅" : r.after());
        }
        b.append(" · ").append(r.note());
        if (r.line() > 0) b.append(':').append(r.line());
        if (!r.author().isEmpty()) b.append(" · ").append(r.author());
        if (!r.commit().isEmpty())
            b.append(" · ").append(r.commit(), 0, Math.min(7, r.commit().length()));
        return ObsidianVaultWriter.inline(b.toString());
    }
}
