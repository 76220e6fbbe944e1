package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.ProvenanceParser.Logical;

/**
 * For {@link ProvenanceParser}: the lines of a provenance block as the parser reads them. Wrapped
 * quote lines are joined into {@link Logical} lines ({@link #unwrap}), and a logical line is split
 * into key/value {@link Pair}s, each with the {@link Style} its key was written in.
 */
final class BlockLines {
    private static final Pattern KEY_NOISE = Pattern.compile("[：:\\s]");
    static final Pattern TRAILING_SEPARATORS = Pattern.compile("[，,；;\\s]+$");
    static final Pattern TRAILING_QUOTE = Pattern.compile("[\\s>]+$");

    private BlockLines() {}

    /** How a key was written: {@code **key**：} (bold), {@code key：} (plain), or no key (text). */
    enum Style {
        BOLD,
        PLAIN,
        TEXT
    }

    /** One key and its value on a logical line; {@code key} is null for {@link Style#TEXT}. */
    record Pair(String key, String value, Style style) {}

    private static final Pattern BOLD_KEY =
            Pattern.compile("^\\*\\*([^*\\n]{1,60}?)\\*\\*\\s*[：:]\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern EMOJI_BOLD_KEY =
            Pattern.compile("^(?:✅|❌|⚠\\uFE0F?)\\s*\\*\\*([^*\\n]{1,30}?)\\*\\*\\s*[：:]\\s*(.*)$", Pattern.DOTALL);
    static final Pattern BOLD_KEY_INNER_COLON =
            Pattern.compile("^\\*\\*([^*\\n：:]{1,40}?)\\s*[：:]\\s*\\*\\*\\s*(.*)$", Pattern.DOTALL);
    static final Pattern BOLD_ONLY = Pattern.compile("^\\*\\*([^*\\n]{1,80})\\*\\*\\s*[：:]?\\s*$");
    private static final Pattern PLAIN_KEY =
            Pattern.compile("^([^：:*<>()（）\\[\\]]{1,40}?)\\s*[：:]\\s*(.*)$", Pattern.DOTALL);
    static final Pattern EXTRA_BOLD = Pattern.compile("(?:^|\\s|>|。)\\*\\*([^*\\n]{1,30}?)\\*\\*\\s*[：:]");
    static final Pattern INLINE_FIELD = Pattern.compile("(来源类型|验证性|验证状态|验证方法|更新日期|测试环境|备注)\\s*[：:]");
    static final Pattern BULLET = Pattern.compile("^(\\s*)([-*+]|\\d+[.)])\\s+(.*)$", Pattern.DOTALL);

    /**
     * The matchers of {@link #unwrap} and {@link #pairs}, reset for each line: one set per note (each
     * {@link Pattern#matcher} call allocates a matcher and its group arrays; a matcher per quote line was ≈ 3 % of
     * extract's allocation). Not for more than one thread.
     */
    static final class Matchers {
        private final Matcher bullet = BULLET.matcher("");
        private final Matcher boldKey = BOLD_KEY.matcher("");
        private final Matcher plainKey = PLAIN_KEY.matcher("");
    }

    /** Where one field of a line starts ({@code **} or the key) and where its value starts. */
    private record Spot(int keyStart, int valueStart) {}

    /** Splits a logical line into its key/value pairs, by the first form (checked in this order) it is written in. */
    static List<Pair> pairs(Logical l, Matchers m) {
        String t = l.text();
        // each form is tried only when the text has what the form starts with or needs (most lines are not
        // in the bold forms): every form tried on every line was ≈ 4 % of a large note's extract + map
        char first = t.isEmpty() ? 0 : t.charAt(0);
        if (first == '✅' || first == '❌' || first == '⚠') {
            Matcher eb = EMOJI_BOLD_KEY.matcher(t);
            if (eb.matches()) return List.of(new Pair(eb.group(1), eb.group(2), Style.BOLD));
        }
        if (t.startsWith("**")) {
            Matcher bi = mayHaveInnerColon(t) ? BOLD_KEY_INNER_COLON.matcher(t) : null;
            if (bi != null && bi.matches()) {
                // "**验证性：**✅ 已验证" — the colon written inside the bold
                String moved = "**" + bi.group(1).strip() + "**：" + bi.group(2);
                return pairs(new Logical(l.first(), l.last(), l.depth(), l.bullet(), moved), m);
            }
            Matcher bo = mayBeBoldOnly(t) ? BOLD_ONLY.matcher(t) : null;
            if (bo != null && bo.matches()) return List.of(new Pair(bo.group(1), "", Style.BOLD));
            Matcher b = m.boldKey.reset(t);
            if (b.matches()) return boldPairs(b.group(1), b.group(2));
        }
        List<Pair> inline = inlineFields(t);
        if (inline.size() > 1) return inline;
        if (t.indexOf('：') < 0 && t.indexOf(':') < 0) return List.of(new Pair(null, t, Style.TEXT));
        Matcher p = m.plainKey.reset(t);
        if (p.matches() && !p.group(1).isBlank() && !StatusParser.startsWithEmoji(p.group(1)))
            return plainPairs(p.group(1), p.group(2));
        return List.of(new Pair(null, t, Style.TEXT));
    }

    /** {@code **key**：rest}, where rest may hold further bold fields ("… **最后验证日期**：2025-10 **验证环境**：…"). */
    private static List<Pair> boldPairs(String key, String rest) {
        if (!mayHoldExtraBold(rest)) return List.of(new Pair(key, rest, Style.BOLD));
        List<Spot> cuts = new ArrayList<>();
        Matcher x = EXTRA_BOLD.matcher(rest);
        while (x.find()) {
            String k2 = Text.plain(x.group(1)).replace(" ", "");
            if (AnnotationKeys.TOP_FIELD_KEYS.contains(k2) || AnnotationKeys.FIELD_KEYS.contains(k2))
                cuts.add(new Spot(x.start(1) - 2, x.end()));
        }
        if (cuts.isEmpty()) return List.of(new Pair(key, rest, Style.BOLD));
        List<Pair> out = new ArrayList<>();
        out.add(new Pair(key, stripTrailingQuote(rest.substring(0, cuts.get(0).keyStart())), Style.BOLD));
        for (int i = 0; i < cuts.size(); i++) {
            Spot c = cuts.get(i);
            String k2 = rest.substring(c.keyStart() + 2, rest.indexOf("**", c.keyStart() + 2));
            String value = rest.substring(c.valueStart(), valueEnd(cuts, i, rest));
            out.add(new Pair(k2, stripTrailingQuote(value), Style.BOLD));
        }
        return out;
    }

    /** A line that starts with a known field key and names several ("来源类型：… 验证性：…"), else none. */
    private static List<Pair> inlineFields(String t) {
        if (!startsWithInlineField(t)) return List.of();
        Matcher inl = INLINE_FIELD.matcher(t);
        List<Spot> spots = new ArrayList<>();
        while (inl.find()) spots.add(new Spot(inl.start(), inl.end()));
        List<Pair> out = new ArrayList<>();
        for (int i = 0; i < spots.size(); i++) {
            Spot s = spots.get(i);
            String key =
                    KEY_NOISE.matcher(t.substring(s.keyStart(), s.valueStart())).replaceAll("");
            String value = t.substring(s.valueStart(), valueEnd(spots, i, t));
            if (mayEndIn(value, SEPARATOR_CHARS))
                value = TRAILING_SEPARATORS.matcher(value).replaceAll("");
            out.add(new Pair(key, value, Style.PLAIN));
        }
        return out;
    }

    /** {@code key：rest}, where rest may go on with one bold top-level field. */
    private static List<Pair> plainPairs(String key, String rest) {
        Matcher x = mayHoldExtraBold(rest) ? EXTRA_BOLD.matcher(rest) : null;
        if (x != null
                && x.find()
                && AnnotationKeys.TOP_FIELD_KEYS.contains(Text.plain(x.group(1)).replace(" ", ""))) {
            int cut = x.start(1) - 2;
            return List.of(
                    new Pair(key, stripTrailingQuote(rest.substring(0, cut)), Style.PLAIN),
                    new Pair(x.group(1), rest.substring(x.end()), Style.BOLD));
        }
        return List.of(new Pair(key, rest, Style.PLAIN));
    }

    /** A field's value runs to where the next field's key starts, or to the end of the line. */
    private static int valueEnd(List<Spot> spots, int i, String line) {
        return i + 1 < spots.size() ? spots.get(i + 1).keyStart() : line.length();
    }

    private static String stripTrailingQuote(String s) {
        return mayEndIn(s, QUOTE_CHARS) ? TRAILING_QUOTE.matcher(s).replaceAll("") : s;
    }

    /** The chars of {@link #TRAILING_SEPARATORS}'s class. */
    static final String SEPARATOR_CHARS = "，,；;" + Text.REGEX_SPACES;
    /** The chars of {@link #TRAILING_QUOTE}'s class. */
    static final String QUOTE_CHARS = ">" + Text.REGEX_SPACES;

    /**
     * False when {@code [set]+$} cannot match {@code t}: its last char is not in {@code set} and is no line
     * terminator that {@code $} may stand before (U+0085, U+2028, U+2029; {@code \n} and {@code \r} are in every
     * set here). Most values end in neither, and a regex pass costs a {@link Matcher}.
     */
    static boolean mayEndIn(String t, String set) {
        if (t.isEmpty()) return false;
        char c = t.charAt(t.length() - 1);
        return set.indexOf(c) >= 0 || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** False when {@link #EXTRA_BOLD} cannot find a bold key in {@code t}: it holds no {@code **}. */
    static boolean mayHoldExtraBold(String t) {
        return t.contains("**");
    }

    /** False when {@code t} holds no first char of an {@link #INLINE_FIELD} key, so that the regex cannot find one. */
    static boolean mayHoldInlineField(String t) {
        for (int i = 0; i < INLINE_FIELD_FIRST.length(); i++)
            if (t.indexOf(INLINE_FIELD_FIRST.charAt(i)) >= 0) return true;
        return false;
    }

    /** Joins wrapped quote lines into logical lines; depth from bullet indentation. */
    static List<Logical> unwrap(List<RawBlock.QLine> lines, Matchers m) {
        List<Logical> out = new ArrayList<>();
        int first = -1, last = -1, depth = -1;
        boolean bullet = false;
        // the open logical line: its text while it has one line (most do), a builder once a line is appended to it
        // (a builder per line, copied out again, was ≈ 3 % of extract's allocation)
        String one = null;
        StringBuilder sb = null;
        for (RawBlock.QLine q : lines) {
            String c = q.content();
            if (c.isBlank()) {
                if (one != null) out.add(new Logical(first, last, depth, bullet, text(one, sb)));
                one = null;
                sb = null;
                continue;
            }
            Matcher bm = mayBeBullet(c) ? m.bullet.reset(c) : null;
            boolean isBullet = bm != null && bm.matches();
            String trimmed = c.strip();
            boolean startsItem = isBullet
                    || trimmed.startsWith("**") && isKeyStart(trimmed)
                    || one == null
                    || startsWithInlineField(trimmed)
                    || StatusParser.startsWithEmoji(trimmed) && trimmed.contains("**");
            if (startsItem) {
                if (one != null) out.add(new Logical(first, last, depth, bullet, text(one, sb)));
                first = q.line();
                last = q.line();
                sb = null;
                if (isBullet) {
                    bullet = true;
                    depth = Text.indent(bm.group(1)) / 2;
                    one = bm.group(3).strip();
                } else {
                    bullet = false;
                    depth = -1;
                    one = trimmed;
                }
            } else {
                if (sb == null) sb = new StringBuilder(one);
                appendWrapped(sb, trimmed);
                last = q.line();
            }
        }
        if (one != null) out.add(new Logical(first, last, depth, bullet, text(one, sb)));
        return out;
    }

    /** The text of a logical line: its one line, or the lines joined into {@code sb}; stripped. */
    private static String text(String one, StringBuilder sb) {
        return (sb != null ? sb.toString() : one).strip();
    }

    /**
     * False when {@link #BOLD_KEY_INNER_COLON} cannot match {@code t} (which starts with {@code **}): neither its
     * key nor the whitespace after it holds a {@code *}, so a colon must come before the first {@code *} after the
     * opening {@code **}.
     */
    static boolean mayHaveInnerColon(String t) {
        for (int i = 2; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '：' || c == ':') return true;
            if (c == '*') return false;
        }
        return false;
    }

    /**
     * False when {@link #BOLD_ONLY} cannot match {@code t}: the whole text must end with {@code **}, then whitespace
     * ({@code \s}) with at most one colon in it.
     */
    static boolean mayBeBoldOnly(String t) {
        int e = t.length();
        while (e > 0 && Text.isRegexSpace(t.charAt(e - 1))) e--;
        if (e > 0 && (t.charAt(e - 1) == '：' || t.charAt(e - 1) == ':')) e--;
        while (e > 0 && Text.isRegexSpace(t.charAt(e - 1))) e--;
        return e >= 2 && t.charAt(e - 1) == '*' && t.charAt(e - 2) == '*';
    }

    /** As {@code Text.joinWrapped(sb.toString(), b)} into {@code sb}, without copying the line joined so far. */
    private static void appendWrapped(StringBuilder sb, String b) {
        if (sb.length() > 0 && !b.isEmpty()) {
            char x = sb.charAt(sb.length() - 1);
            char y = b.charAt(0);
            if (!(Text.isWide(x) || Text.isWide(y) || x == ' ' || y == ' ')) sb.append(' ');
        }
        sb.append(b);
    }

    /** The first chars of the keys of {@link #INLINE_FIELD}. */
    static final String INLINE_FIELD_FIRST = "来验更测备";

    /** As {@code INLINE_FIELD.matcher(t).lookingAt()}, without a matcher for a text that starts with no key's char. */
    static boolean startsWithInlineField(String t) {
        return !t.isEmpty()
                && INLINE_FIELD_FIRST.indexOf(t.charAt(0)) >= 0
                && INLINE_FIELD.matcher(t).lookingAt();
    }

    /** False when {@link #BULLET} cannot match: the first char after whitespace is no marker char or digit. */
    static boolean mayBeBullet(String c) {
        int i = 0, n = c.length();
        while (i < n && Text.isRegexSpace(c.charAt(i))) i++;
        if (i == n) return false;
        char ch = c.charAt(i);
        return ch == '-' || ch == '*' || ch == '+' || (ch >= '0' && ch <= '9');
    }

    /** "**key**：" at the start (possibly with the key split over lines: "**来" alone is not a start). */
    private static boolean isKeyStart(String t) {
        int close = t.indexOf("**", 2);
        return close > 2;
    }

    private static final Pattern KEY_ANYWHERE =
            Pattern.compile("\\*\\*([^*]{1,30}?)(?:\\*\\*\\s*[：:]|\\s*[：:]\\s*\\*\\*)");

    static Set<String> keysOf(String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = KEY_ANYWHERE.matcher(text);
        while (m.find()) out.add(m.group(1).replace(" ", ""));
        return out;
    }
}
