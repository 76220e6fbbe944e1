package org.claimgraph.history;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.rdf.CGH;

/**
 * Every claim's status over time, read once from the history graph: answers "what status did
 * this claim have at time t" by binary search. Built in five predicate scans of the history graph
 * (no lookup per event), so it is cheap enough to rebuild whenever the store changed.
 *
 * <p>Semantics: the events about a claim are those naming it ({@code cgh:claim}) and the
 * revisions that replaced it ({@code cgh:previousClaim}). At time t the claim has the
 * {@code cgh:statusAfter} of its latest event at or before t; it did not exist (null) when there
 * is no such event, or the latest one removed it or replaced it by a revision. Events of one run
 * share its time; among events at the same time a removal or replacement wins.
 */
public final class StatusTimeline {
    /** Per claim: event times ascending and the status after each (null = the claim did not exist after it). */
    private record Line(long[] times, Node[] statuses) {}

    private final Map<Node, Line> lines;

    private StatusTimeline(Map<Node, Line> lines) {
        this.lines = lines;
    }

    /** Reads the timeline of every claim from the history graph. */
    public static StatusTimeline of(Graph history) {
        Map<Node, Long> time = new HashMap<>();
        history.find(Node.ANY, CGH.atTime, Node.ANY).forEachRemaining(t -> {
            Instant i = instant(t.getObject());
            if (i != null) time.put(t.getSubject(), i.toEpochMilli());
        });
        Map<Node, Node> status = new HashMap<>();
        history.find(Node.ANY, CGH.statusAfter, Node.ANY)
                .forEachRemaining(t -> status.put(t.getSubject(), t.getObject()));
        Set<Node> removed = new HashSet<>();
        history.find(Node.ANY, RDF.type.asNode(), CGH.Removed).forEachRemaining(t -> removed.add(t.getSubject()));
        record Point(long time, Node status, boolean ends) {}
        Map<Node, List<Point>> points = new HashMap<>();
        history.find(Node.ANY, CGH.claim, Node.ANY).forEachRemaining(t -> {
            Long at = time.get(t.getSubject());
            if (at == null) return;
            boolean ends = removed.contains(t.getSubject());
            points.computeIfAbsent(t.getObject(), k -> new ArrayList<>())
                    .add(new Point(at, ends ? null : status.get(t.getSubject()), ends));
        });
        history.find(Node.ANY, CGH.previousClaim, Node.ANY).forEachRemaining(t -> {
            Long at = time.get(t.getSubject());
            if (at != null)
                points.computeIfAbsent(t.getObject(), k -> new ArrayList<>()).add(new Point(at, null, true));
        });
        Map<Node, Line> lines = new HashMap<>(points.size() * 2);
        points.forEach((claim, ps) -> {
            ps.sort((a, b) -> a.time != b.time ? Long.compare(a.time, b.time) : Boolean.compare(a.ends, b.ends));
            long[] ts = new long[ps.size()];
            Node[] ss = new Node[ps.size()];
            for (int i = 0; i < ts.length; i++) {
                ts[i] = ps.get(i).time;
                ss[i] = ps.get(i).status;
            }
            lines.put(claim, new Line(ts, ss));
        });
        return new StatusTimeline(lines);
    }

    /** The claim's status concept at {@code t}, or null when it did not exist then (or had no status). */
    public Node statusAt(Node claim, Instant t) {
        Line l = lines.get(claim);
        if (l == null) return null;
        long ms = t.toEpochMilli();
        int lo = 0, hi = l.times.length - 1, found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (l.times[mid] <= ms) {
                found = mid;
                lo = mid + 1;
            } else hi = mid - 1;
        }
        return found < 0 ? null : l.statuses[found];
    }

    /**
     * Every claim that had a status at {@code t}, with that status: the same answer as
     * {@link #statusAt} for each claim of the timeline, in one pass.
     */
    public void forEachStatusAt(Instant t, java.util.function.BiConsumer<Node, Node> claimAndStatus) {
        lines.forEach((claim, l) -> {
            Node s = statusAt(claim, t);
            if (s != null) claimAndStatus.accept(claim, s);
        });
    }

    /** The status at the end of {@code day} (UTC): the last instant of that day. */
    public Node statusAtEndOf(Node claim, LocalDate day) {
        return statusAt(claim, endOf(day));
    }

    /** The last millisecond of a UTC day. */
    public static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusMillis(1);
    }

    /** How many claims have at least one event. */
    public int claims() {
        return lines.size();
    }

    static Instant instant(Node literal) {
        if (literal == null || !literal.isLiteral()) return null;
        try {
            return java.time.OffsetDateTime.parse(literal.getLiteralLexicalForm())
                    .toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
