package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "参考第 400 行性能对比表格（13 MB vs 0.9 MB）", "第 669-674 行 crun ≥ 1.8.5 标注": a reference to
 * lines of the same note, with the figure it expects to find there and the kind of thing it names
 * (表格 → table, …标注 → annotation, 图 → figure). The target of "第 N 行" is line N and the block
 * (table, quote, provenance block, code, paragraph) that starts there. Resolved when every part of
 * the quoted figure ("13 MB", "0.9 MB") is on one target line or spread over the target (spaces
 * ignored); without a figure, when a target of the named kind starts at or contains line N. Otherwise
 * {@code actualLine} is the first line of the note that holds the figure (prose and tables first,
 * then provenance blocks), or -1.
 */
final class LineReferenceResolver {
    private static final Pattern ALNUM = Pattern.compile(".*[0-9A-Za-z].*");
    private static final Pattern PART_SEPARATOR = Pattern.compile("\\s+vs\\.?\\s+|\\s*[、，,/]\\s*|\\s+→\\s+");

    private LineReferenceResolver() {}

    /** A line with more references than this is not a note line anyone wrote by hand. */
    private static final int MAX_PER_LINE = 50;

    private static final Pattern REF = Pattern.compile("第\\s*(\\d{1,7})\\s*(?:[-–—~～至到]\\s*(\\d{1,7})\\s*)?行");
    private static final Pattern PAREN_AFTER = Pattern.compile("^[^（()\\n]{0,12}?[（(]([^（）()]+)[）)]");
    private static final Pattern QUOTE_AFTER = Pattern.compile("^[^\"“”]{0,8}?[\"“]([^\"“”]+)[\"”]");
    private static final Pattern NAMED_AFTER = Pattern.compile("^\\s*(?:的|中的)?\\s*([^，,。；;（(]+?)\\s*(?:标注|关联|的)");
    /** The kind word of "第 N 行 … 表格 / 标注 / 图", within a short distance of the reference. */
    private static final Pattern KIND_AFTER = Pattern.compile("^[^，,。；;（(）)\"“”]{0,24}?(表格|表|标注|图表|图|figure|diagram)");
    /** Kind words that end a named thing ("Redis 7.2 版本" in "Redis 7.2 版本标注"): not part of what is looked for. */
    private static final Pattern KIND_SUFFIX = Pattern.compile("\\s*(版本信息|版本|性能对比|性能实测|性能数据|性能|技术判断|成熟度|商业案例)$");

    /** Something a line reference can point at: a unit of the note, by kind ("table", "annotation", "figure", "quote" …) and lines. */
    record Target(String kind, int first, int last) {}

    /**
     * Lines that resolving the references of one note may look at in all. A reference is checked
     * against its target lines and, when the figure is not there, against the whole note; many
     * broken references in a huge note would make that quadratic. Past the budget a reference is
     * left unresolved (actual line -1). A hand-written note stays far below it (the seed note:
     * well under a million).
     */
    static final long SCAN_BUDGET = 20_000_000L;

    /** The targets of one note sorted by first line (binary-searched instead of scanned), and the lines still to scan. */
    static final class Targets {
        private final List<Target> byFirst;
        private final int[] firsts;
        private final java.util.Map<String, int[][]> byKind =
                new java.util.HashMap<>(); // kind -> {firsts, running max of last}
        private long budget;

        Targets(List<Target> targets, long budget) {
            byFirst = targets.stream()
                    .sorted(java.util.Comparator.comparingInt(Target::first))
                    .toList();
            firsts = byFirst.stream().mapToInt(Target::first).toArray();
            java.util.Map<String, List<Target>> kinds = new java.util.HashMap<>();
            for (Target t : byFirst)
                kinds.computeIfAbsent(t.kind(), k -> new ArrayList<>()).add(t);
            kinds.forEach((kind, ts) -> {
                int[] f = new int[ts.size()], maxLast = new int[ts.size()];
                for (int i = 0; i < ts.size(); i++) {
                    f[i] = ts.get(i).first();
                    maxLast[i] = Math.max(ts.get(i).last(), i > 0 ? maxLast[i - 1] : Integer.MIN_VALUE);
                }
                byKind.put(kind, new int[][] {f, maxLast});
            });
            this.budget = budget;
        }

        /** Takes {@code n} lines from the budget; false (and nothing taken) when it has fewer. */
        boolean spend(long n) {
            if (budget < n) {
                budget = 0;
                return false;
            }
            budget -= n;
            return true;
        }

        /** The largest last line of the targets starting in {@code a..b}, or {@code b}. */
        int endOfTargetsStartingIn(int a, int b) {
            int end = b;
            for (int i = lowerBound(firsts, a); i < firsts.length && firsts[i] <= b && spend(1); i++)
                end = Math.max(end, byFirst.get(i).last());
            return end;
        }

        /** Whether a target of {@code kind} starts in {@code a..b} or contains line {@code a}. */
        boolean kindAt(String kind, int a, int b) {
            int[][] k = byKind.get(kind);
            if (k == null) return false;
            int i = lowerBound(k[0], a);
            if (i < k[0].length && k[0][i] <= b) return true;
            int atOrBefore = lowerBound(k[0], a + 1) - 1; // last target starting on or before a
            return atOrBefore >= 0 && k[1][atOrBefore] >= a;
        }

        private static int lowerBound(int[] xs, int key) {
            int lo = 0, hi = xs.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (xs[mid] < key) lo = mid + 1;
                else hi = mid;
            }
            return lo;
        }
    }

    /** References found on one logical line ({@code text} may span wrapped lines starting at {@code line}). */
    static List<Model.LineReference> find(String text, int limit, int line, SourceText src, Set<Integer> blockLines) {
        return find(text, limit, line, src, blockLines, List.of());
    }

    /** As above, resolving against the note's units and provenance blocks ({@code targets}). */
    static List<Model.LineReference> find(
            String text, int limit, int line, SourceText src, Set<Integer> blockLines, List<Target> targets) {
        return find(text, limit, line, src, blockLines, new Targets(targets, SCAN_BUDGET));
    }

    /** As above, with the note's targets indexed once and one scan budget for all its references. */
    static List<Model.LineReference> find(
            String text, int limit, int line, SourceText src, Set<Integer> blockLines, Targets targets) {
        List<Model.LineReference> out = new ArrayList<>();
        Matcher m = REF.matcher(text);
        while (m.find()) {
            if (m.start() >= limit) break;
            int a = Integer.parseInt(m.group(1));
            int b = m.group(2) == null ? a : Integer.parseInt(m.group(2));
            if (b < a) {
                int t = a;
                a = b;
                b = t;
            }
            if (out.size() >= MAX_PER_LINE) break;
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + 80));
            String quoted = quoted(after);
            if (quoted == null) quoted = before(text.substring(Math.max(0, m.start() - 80), m.start()));
            out.add(resolve(
                    line,
                    a,
                    b,
                    quoted,
                    kindNamed(after),
                    Text.clip(text.substring(m.start(), Math.min(text.length(), m.end() + 40)), 80),
                    src,
                    blockLines,
                    targets));
        }
        return out;
    }

    /** "Gatekeeper v3.15（已在第 1138 行标注）": the thing named before the bracket holding the reference. */
    static String before(String text) {
        int open = Math.max(text.lastIndexOf('（'), text.lastIndexOf('('));
        if (open < 0 || text.indexOf('）', open) >= 0 || text.indexOf(')', open) >= 0) return null;
        String head = text.substring(0, open);
        int colon = Math.max(head.lastIndexOf('：'), head.lastIndexOf(':'));
        String named = Text.plain(head.substring(colon + 1)).strip();
        if (named.isEmpty()
                || named.length() > 40
                || !StatusParser.findWithEmoji(named).isEmpty()) return null;
        return hasFigure(named) ? named : null;
    }

    static String quoted(String after) {
        Matcher p = PAREN_AFTER.matcher(after);
        if (p.find() && hasFigure(p.group(1))) return p.group(1).strip();
        Matcher q = QUOTE_AFTER.matcher(after);
        if (q.find()) return q.group(1).strip();
        Matcher n = NAMED_AFTER.matcher(after);
        if (n.find() && hasFigure(n.group(1)))
            return KIND_SUFFIX.matcher(n.group(1).strip()).replaceFirst("").strip();
        return null;
    }

    /** "table", "annotation" or "figure" when the words after "第 N 行" name that kind of target, else null. */
    static String kindNamed(String after) {
        Matcher k = KIND_AFTER.matcher(after);
        if (!k.find()) return null;
        return switch (k.group(1)) {
            case "表格", "表" -> "table";
            case "标注" -> "annotation";
            default -> "figure";
        };
    }

    private static boolean hasFigure(String s) {
        return ALNUM.matcher(s).matches();
    }

    static Model.LineReference resolve(
            int from, int a, int b, String quoted, String raw, SourceText src, Set<Integer> blockLines) {
        return resolve(from, a, b, quoted, null, raw, src, blockLines, new Targets(List.of(), SCAN_BUDGET));
    }

    static Model.LineReference resolve(
            int from,
            int a,
            int b,
            String quoted,
            String kind,
            String raw,
            SourceText src,
            Set<Integer> blockLines,
            Targets targets) {
        if (quoted == null) {
            if (kind != null) {
                boolean found = targets.kindAt(kind, a, b);
                return new Model.LineReference(from, a, b, null, raw, found, found ? a : -1, kind);
            }
            boolean exists = a >= 1 && b <= src.size() && !src.isBlank(a);
            return new Model.LineReference(from, a, b, null, raw, exists, exists ? a : -1, null);
        }
        List<String> parts = parts(quoted);
        // the target: lines a..b and every block that starts on one of them
        int end = Math.min(targets.endOfTargetsStartingIn(a, b), src.size());
        for (int l = Math.max(1, a); l <= end && targets.spend(1); l++) {
            if (containsAllSq(src.squashed(l), parts))
                return new Model.LineReference(from, a, b, quoted, raw, true, l, kind);
        }
        // a figure may be spread over the target (table rows)
        if (end > a && a >= 1 && targets.spend(end - a + 1)) {
            StringBuilder sb = new StringBuilder();
            for (int l = a; l <= end; l++) sb.append(src.line(l)).append('\n');
            if (containsAll(sb.toString(), parts))
                return new Model.LineReference(from, a, b, quoted, raw, true, a, kind);
        }
        int actual = -1;
        // a figure compared across rows of a table ("6 ms vs 0.07 ms" in two rows): windows of up to 3 lines
        for (int l = 1; l <= src.size() && actual < 0 && parts.size() > 1 && targets.spend(1); l++) {
            if (l == from || blockLines.contains(l) || !src.squashed(l).contains(parts.get(0))) continue;
            StringBuilder sb = new StringBuilder(src.line(l));
            for (int k = l + 1; k <= Math.min(src.size(), l + 2) && !blockLines.contains(k); k++) {
                sb.append('\n').append(src.line(k));
                if (containsAll(sb.toString(), parts)) {
                    actual = l;
                    break;
                }
            }
        }
        for (int pass = 0; pass < 2 && actual < 0; pass++) {
            for (int l = 1; l <= src.size() && targets.spend(1); l++) {
                if (l == from) continue;
                boolean inBlock = blockLines.contains(l);
                if (pass == 0 && inBlock) continue;
                if (pass == 1 && !inBlock) continue;
                if (containsAllSq(src.squashed(l), parts)) {
                    actual = l;
                    break;
                }
            }
        }
        return new Model.LineReference(from, a, b, quoted, raw, false, actual, kind);
    }

    static List<String> parts(String quoted) {
        List<String> out = new ArrayList<>();
        for (String p : PART_SEPARATOR.split(quoted)) {
            String s = Text.squash(p);
            if (!s.isEmpty()) out.add(s);
        }
        return out;
    }

    private static boolean containsAll(String line, List<String> parts) {
        return containsAllSq(Text.squash(line), parts);
    }

    /** @param parts from {@link #parts}: an {@code ArrayList}, read by index (an iterator per line scanned) */
    private static boolean containsAllSq(String sq, List<String> parts) {
        for (int i = 0; i < parts.size(); i++) if (!sq.contains(parts.get(i))) return false;
        return !parts.isEmpty();
    }
}
