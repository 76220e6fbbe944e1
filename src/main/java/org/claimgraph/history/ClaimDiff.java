package org.claimgraph.history;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * The claim events between two versions of one note's graph: a pure function of the two graphs.
 *
 * <p>Claim identity is the claim IRI, which hashes the note path, the section and the text but
 * not the line, so a moved claim is the same claim. A claim present in both versions yields
 * {@code status-changed} when its status differs and {@code evidence-changed} when its method
 * URLs, environments, update dates or source types differ. A claim only in the new version that
 * has the same section and kind as a claim only in the old version, with text at least
 * {@link #REVISION_SIMILARITY} similar (Dice coefficient over character bigrams, which works for
 * Chinese and English alike), is a {@code revised} claim; the best-matching pairs are taken first,
 * and among equally similar pairs the nearest in the note (line distance).
 * What is left is {@code appeared} or {@code removed}. Events come sorted by line, then claim IRI.
 */
public final class ClaimDiff {
    private ClaimDiff() {}

    /** Minimum text similarity for a reworded claim to count as a revision of an old one. */
    public static final double REVISION_SIMILARITY = 0.5;

    /** The events turning {@code before} into {@code after} (either may be empty). */
    public static List<ClaimEvent> diff(Graph before, Graph after) {
        return diff(ClaimState.of(before), ClaimState.of(after));
    }

    /** The events turning one set of claim states into another. */
    public static List<ClaimEvent> diff(Map<Node, ClaimState> before, Map<Node, ClaimState> after) {
        List<ClaimEvent> events = new ArrayList<>();
        List<ClaimState> gone = new ArrayList<>();
        List<ClaimState> added = new ArrayList<>();
        for (ClaimState b : before.values()) {
            ClaimState a = after.get(b.claim());
            if (a == null) gone.add(b);
            else changes(b, a, events);
        }
        for (ClaimState a : after.values()) if (!before.containsKey(a.claim())) added.add(a);
        Set<Node> matched = new HashSet<>();
        for (Pair p : revisions(gone, added)) {
            events.add(new ClaimEvent(EventType.REVISED, p.old, p.renamed));
            matched.add(p.old.claim());
            matched.add(p.renamed.claim());
        }
        for (ClaimState b : gone)
            if (!matched.contains(b.claim())) events.add(new ClaimEvent(EventType.REMOVED, b, null));
        for (ClaimState a : added)
            if (!matched.contains(a.claim())) events.add(new ClaimEvent(EventType.APPEARED, null, a));
        events.sort(Comparator.comparingInt((ClaimEvent e) -> e.current().line())
                .thenComparing(e -> e.current().claim().getURI())
                .thenComparing(ClaimEvent::type));
        return events;
    }

    private static void changes(ClaimState b, ClaimState a, List<ClaimEvent> events) {
        if (!Objects.equals(b.status(), a.status())) events.add(new ClaimEvent(EventType.STATUS_CHANGED, b, a));
        if (!b.sameEvidence(a)) events.add(new ClaimEvent(EventType.EVIDENCE_CHANGED, b, a));
    }

    private record Pair(ClaimState old, ClaimState renamed, double score) {}

    /** Greedy best-first matching of removed to added claims with the same section and kind. */
    private static List<Pair> revisions(List<ClaimState> gone, List<ClaimState> added) {
        if (gone.isEmpty() || added.isEmpty()) return List.of();
        Map<String, List<ClaimState>> addedByPlace = new HashMap<>();
        for (ClaimState a : added)
            addedByPlace.computeIfAbsent(place(a), k -> new ArrayList<>()).add(a);
        List<Pair> candidates = new ArrayList<>();
        for (ClaimState b : gone) {
            for (ClaimState a : addedByPlace.getOrDefault(place(b), List.of())) {
                double s = similarity(b.plainText(), a.plainText());
                if (s >= REVISION_SIMILARITY) candidates.add(new Pair(b, a, s));
            }
        }
        candidates.sort(Comparator.comparingDouble((Pair p) -> -p.score)
                .thenComparingInt(p -> Math.abs(p.old.line() - p.renamed.line())) // equal texts: the nearest pairs up
                .thenComparing(p -> p.old.claim().getURI())
                .thenComparing(p -> p.renamed.claim().getURI()));
        Set<Node> used = new HashSet<>();
        List<Pair> out = new ArrayList<>();
        for (Pair p : candidates) {
            if (used.contains(p.old.claim()) || used.contains(p.renamed.claim())) continue;
            used.add(p.old.claim());
            used.add(p.renamed.claim());
            out.add(p);
        }
        return out;
    }

    private static String place(ClaimState s) {
        return (s.section() == null ? "" : s.section().getURI())
                + '\u001f'
                + s.kind().getURI();
    }

    /** Dice coefficient over the multisets of character bigrams (code points), in [0, 1]. */
    public static double similarity(String x, String y) {
        Map<Long, Integer> bx = bigrams(x);
        Map<Long, Integer> by = bigrams(y);
        int nx = bx.values().stream().mapToInt(Integer::intValue).sum();
        int ny = by.values().stream().mapToInt(Integer::intValue).sum();
        if (nx + ny == 0) return x.strip().equals(y.strip()) ? 1 : 0;
        int common = 0;
        for (Map.Entry<Long, Integer> e : bx.entrySet())
            common += Math.min(e.getValue(), by.getOrDefault(e.getKey(), 0));
        return 2.0 * common / (nx + ny);
    }

    private static Map<Long, Integer> bigrams(String s) {
        int[] cps =
                s.strip().codePoints().filter(c -> !Character.isWhitespace(c)).toArray();
        Map<Long, Integer> m = new HashMap<>();
        for (int i = 0; i + 1 < cps.length; i++) m.merge(((long) cps[i] << 32) | cps[i + 1], 1, Integer::sum);
        return m;
    }
}
