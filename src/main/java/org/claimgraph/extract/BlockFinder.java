package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Locates provenance blocks in the lines of a note: {@code <!-- 来源标注 -->} markers and the quote
 * that follows (also indented in list items and inside code fences), quotes that carry provenance
 * fields without the marker, and one-line inline blocks ({@code 来源类型：…，验证性：…}).
 */
final class BlockFinder {
    private static final Pattern FIELD_FIRST = Pattern.compile("^[（(]?\\s*(来源类型|验证性|验证状态).*");

    private BlockFinder() {}

    private static final Pattern INLINE = Pattern.compile("(来源类型|验证性|验证状态)\\s*[：:]");
    private static final Pattern LINE_FIELD = Pattern.compile("(?m)^\\s*(?:[-*]\\s+)?(来源类型|验证性|验证状态)\\s*[：:]");
    static final Set<String> PROVENANCE_KEYS =
            Set.of("来源类型", "验证性", "验证状态", "验证方法", "更新日期", "测试环境", "验证环境", "最后验证日期", "当前验证日期");

    /**
     * Whether line {@code n} is a block marker: the regex {@code \s*<!--\s*来源标注.*} matching the whole line,
     * checked without cutting the line out or a matcher ({@code \s} are {@link Text#REGEX_SPACES}; {@code .*} takes
     * the rest of the line unless it holds a char {@code .} does not match: a line has no {@code \n} or {@code \r},
     * and U+0085, U+2028, U+2029 end a line for the regex). {@code SourceLineViewsTest} holds it to that regex.
     */
    static boolean isMarker(SourceText src, int n) {
        int len = src.length(n), i = 0;
        while (i < len && Text.isRegexSpace((char) src.charAt(n, i))) i++;
        if (!src.regionIs(n, i, "<!--")) return false;
        i += 4;
        while (i < len && Text.isRegexSpace((char) src.charAt(n, i))) i++;
        if (!src.regionIs(n, i, "来源标注")) return false;
        for (i += 4; i < len; i++) {
            int c = src.charAt(n, i);
            if (c == '\u0085' || c == '\u2028' || c == '\u2029') return false;
        }
        return true;
    }

    /** Marker blocks, in line order. {@code codeUnits} are the fenced code units of the structure. */
    static List<RawBlock> markerBlocks(SourceText src, List<MarkdownStructure.Unit> units) {
        List<RawBlock> out = new ArrayList<>();
        UnitIndex index =
                new UnitIndex(units, src.size()); // per line, so that each marker costs O(its block), not O(units)
        BitSet comments = src.linesWith("<!--");
        for (int i = comments.nextSetBit(1); i >= 1; i = comments.nextSetBit(i + 1)) {
            if (src.length(i) > NoteExtractorLimits.MAX_LINE) continue;
            if (!isMarker(src, i)) continue;
            String line = src.line(i);
            int code = index.codeAround(i);
            int fenceEnd = code >= 0 ? units.get(code).last() : src.size() + 1;
            BlockForm form = code >= 0
                    ? BlockForm.CODE_FENCE
                    : Text.indent(line) >= 2 ? BlockForm.INDENTED : BlockForm.COMMENT_QUOTE;
            RawBlock b = new RawBlock(form, i);
            b.codeUnit = code;
            if (!line.contains("-->")) b.problems.add("comment marker at line " + i + " is not closed with -->");
            int j = i + 1;
            while (j < fenceEnd && j <= src.size() && src.isBlank(j)) j++;
            if (j < fenceEnd && j <= src.size() && isQuoteLine(src, j)) {
                while (j < fenceEnd && j <= src.size() && src.length(j) <= NoteExtractorLimits.MAX_LINE) {
                    if (!isQuoteLine(src, j)) break;
                    if (isMarker(src, j)) break;
                    b.lines.add(new RawBlock.QLine(j, src.unquoted(j)));
                    j++;
                }
                // lazy continuation lines (no '>') that markdown still counts as part of the quote
                if (code < 0) {
                    int lastQuote = j - 1;
                    for (MarkdownStructure.Unit u : index.quotesContinuingAfter(lastQuote)) {
                        for (int k = lastQuote + 1; k <= u.last() && k <= src.size(); k++) {
                            if (src.length(k) > NoteExtractorLimits.MAX_LINE || isMarker(src, k)) break;
                            b.lines.add(new RawBlock.QLine(k, src.unquoted(k)));
                        }
                    }
                }
            } else {
                b.problems.add("half-written: comment marker at line " + i + " has no quote block after it");
            }
            out.add(b);
        }
        return out;
    }

    /**
     * As {@code src.line(n).strip().startsWith(">")}, without cutting the line out and stripping it (two copies per
     * quote line).
     */
    static boolean isQuoteLine(SourceText src, int n) {
        int i = 0, c;
        while ((c = src.charAt(n, i)) >= 0 && Character.isWhitespace(c)) i++;
        return c == '>';
    }

    /** A quote unit that is a provenance block without the marker (not the note header). */
    static boolean isProvenanceQuote(MarkdownStructure.Unit q, SourceText src) {
        String t = q.text();
        Set<String> keys = BlockLines.keysOf(t);
        if (keys.contains("文档版本") || keys.contains("最后更新")) return false;
        for (String k : keys) if (PROVENANCE_KEYS.contains(k)) return true;
        for (int l = q.first(); l <= q.last(); l++) {
            if (LINE_FIELD.matcher(src.unquoted(l)).lookingAt()) return true;
        }
        return false;
    }

    /**
     * The lines that may be inline lines: {@link #isInlineLine} needs one of its keys (来源类型, 验证性, 验证状态), so a
     * line without "来源类型" or "验证" is not cut out to be asked (most paragraph lines: ≈ 1 % of extract + map's
     * allocation).
     */
    static BitSet inlineKeyLines(SourceText src) {
        BitSet b = src.linesWith("来源类型");
        b.or(src.linesWith("验证"));
        return b;
    }

    /** True when a prose line is an inline block: {@code 来源类型：…，验证性：…}. */
    static boolean isInlineLine(String line) {
        String t = line.strip();
        if (t.startsWith(">") || t.contains("**来源类型**") || t.contains("**验证性**")) return false;
        var m = INLINE.matcher(t);
        int n = 0;
        while (m.find()) n++;
        return n >= 2
                || (n == 1
                        && !StatusParser.findInStatusValue(t.substring(t.indexOf('：') < 0 ? 0 : t.indexOf('：') + 1))
                                .isEmpty()
                        && FIELD_FIRST.matcher(t).matches());
    }

    /**
     * The units around each line, built once per note in one pass over the units: the fenced code
     * unit that contains a line (as {@link #codeUnitAround}), and the quote units that go on after
     * it. Looking these up per marker by scanning every unit was quadratic in the note's size
     * (17 CPU-minutes on a 50 MB note).
     */
    static final class UnitIndex {
        private final List<MarkdownStructure.Unit> units;
        private final int[] code; // line -> first CODE unit u with first < line <= last, or -1
        /** Line -> the first QUOTE unit with first <= line < last, or -1 (one int per line, not a list per line). */
        private final int[] quote;
        /** The lines with more than one such quote unit (nested quotes): all of them, in unit order. */
        private final Map<Integer, List<MarkdownStructure.Unit>> moreQuotes = new HashMap<>();

        UnitIndex(List<MarkdownStructure.Unit> units, int lines) {
            this.units = units;
            code = new int[lines + 2];
            quote = new int[lines + 2];
            Arrays.fill(code, -1);
            Arrays.fill(quote, -1);
            for (int u = 0; u < units.size(); u++) {
                MarkdownStructure.Unit x = units.get(u);
                if (x.kind() == MarkdownStructure.Kind.CODE) {
                    for (int l = Math.max(0, x.first() + 1); l <= Math.min(lines + 1, x.last()); l++)
                        if (code[l] < 0) code[l] = u;
                } else if (x.kind() == MarkdownStructure.Kind.QUOTE) {
                    for (int l = Math.max(0, x.first()); l < Math.min(lines + 2, x.last()); l++) {
                        if (quote[l] < 0) quote[l] = u;
                        else
                            moreQuotes
                                    .computeIfAbsent(l, k -> new ArrayList<>(List.of(units.get(quote[k]))))
                                    .add(x);
                    }
                }
            }
        }

        int codeAround(int line) {
            return line >= 0 && line < code.length ? code[line] : -1;
        }

        List<MarkdownStructure.Unit> quotesContinuingAfter(int line) {
            if (line < 0 || line >= quote.length || quote[line] < 0) return List.of();
            List<MarkdownStructure.Unit> more = moreQuotes.get(line);
            return more != null ? more : List.of(units.get(quote[line]));
        }
    }

    static int codeUnitAround(List<MarkdownStructure.Unit> units, int line) {
        for (int u = 0; u < units.size(); u++) {
            MarkdownStructure.Unit x = units.get(u);
            if (x.kind() == MarkdownStructure.Kind.CODE && x.first() < line && line <= x.last()) return u;
        }
        return -1;
    }
}
