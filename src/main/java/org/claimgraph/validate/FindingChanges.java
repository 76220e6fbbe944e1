package org.claimgraph.validate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The findings of an audit compared with those of the store as it was on an earlier day
 * ({@code audit --since}): {@code added} are new since then, {@code resolved} were there and are
 * gone, {@code open} were there and still are. A finding is the same finding when its rule, file,
 * claim (or focus node) and message are the same; its line may have moved.
 *
 * @param since    the day compared with (the store at the start of it)
 * @param added    findings now that were not there then
 * @param resolved findings then that are gone now
 * @param open     findings then that are still there now (as they are now)
 * @param timeline findings per severity after each recorded run (oldest first; may be empty)
 */
public record FindingChanges(
        LocalDate since, List<Finding> added, List<Finding> resolved, List<Finding> open, List<Point> timeline) {

    /** Findings per severity of the store as it was right after one recorded run. */
    public record Point(Instant time, Map<Severity, Integer> counts) {}

    /** Compares the findings then with the findings now. */
    public static FindingChanges compare(LocalDate since, List<Finding> then, List<Finding> now, List<Point> timeline) {
        Set<String> thenKeys = new HashSet<>();
        for (Finding f : then) thenKeys.add(key(f));
        Set<String> nowKeys = new HashSet<>();
        for (Finding f : now) nowKeys.add(key(f));
        List<Finding> added = new ArrayList<>();
        List<Finding> open = new ArrayList<>();
        for (Finding f : now) (thenKeys.contains(key(f)) ? open : added).add(f);
        List<Finding> resolved = new ArrayList<>();
        for (Finding f : then) if (!nowKeys.contains(key(f))) resolved.add(f);
        added.sort(Audit.ORDER);
        open.sort(Audit.ORDER);
        resolved.sort(Audit.ORDER);
        return new FindingChanges(since, added, resolved, open, timeline);
    }

    /** Counts per severity (every severity present, most serious first). */
    public static Map<Severity, Integer> counts(List<Finding> findings) {
        Map<Severity, Integer> m = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) m.put(s, 0);
        for (Finding f : findings) m.merge(f.severity(), 1, Integer::sum);
        return m;
    }

    private static String key(Finding f) {
        return f.rule()
                + '\u001f'
                + Objects.toString(f.file(), "")
                + '\u001f'
                + Objects.toString(f.claim() != null ? f.claim() : f.focus(), "")
                + '\u001f'
                + Objects.toString(f.message(), "");
    }
}
