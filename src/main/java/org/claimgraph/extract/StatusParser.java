package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds verification statuses in a piece of provenance text. A status is an emoji (✅, ⚠️ with or
 * without U+FE0F, ❌) followed closely by a status keyword (已验证, 公开可验证, 部分可验证, 无法验证,
 * 待验证, 待确认, 需要验证 …). Inside a status field (验证性 / 验证状态) the emoji may be missing.
 * An emoji followed by anything else ("✅ **结论**", "⚠️ 来源标注说明", "✅ 标注接近完成") is not a status.
 */
final class StatusParser {
    static final Pattern WHITESPACE_RUN = Pattern.compile("\\s+");

    private StatusParser() {}

    /** A status found in text: offsets are into the text given. */
    record Found(VerificationStatus status, String phrase, String qualifier, int start, int end) {}

    /** A status keyword and the status it names. */
    private record Keyword(String text, VerificationStatus status) {}

    /**
     * Every keyword of the vocabulary ({@link VerificationStatus#keywords()}), longest first, ties in
     * vocabulary order: the first one found near the start of a head wins. No keyword is part of
     * another, so the order matters only when one head names two statuses.
     */
    private static final List<Keyword> KEYWORDS = Arrays.stream(VerificationStatus.values())
            .flatMap(s -> s.keywords().stream().map(k -> new Keyword(k, s)))
            .sorted(Comparator.comparingInt((Keyword k) -> -k.text().length()))
            .toList();

    /** The first character of every status emoji (✅ ⚠ ❌); each is one UTF-16 unit. */
    private static final String EMOJI_STARTS = Arrays.stream(VerificationStatus.values())
            .map(s -> s.emoji().substring(0, 1))
            .distinct()
            .collect(Collectors.joining());

    /** How far into the text after the emoji the keyword may start ("版本号待确认"). */
    private static final int MAX_LEAD = 6;

    private static final String STOPS = "（(，,。；;：:\"“”*）)<>[]\n";

    /** Statuses introduced by an emoji anywhere in {@code text}. */
    static List<Found> findWithEmoji(String text) {
        List<Found> out = new ArrayList<>();
        if (text == null) return out;
        int i = 0;
        while (i < text.length()) {
            int e = emojiAt(text, i);
            if (e == 0) {
                i++;
                continue;
            }
            int p = i + e;
            while (p < text.length()
                    && (text.charAt(p) == ' '
                            || text.charAt(p) == '>'
                            || text.charAt(p) == '\uFE0F'
                            || text.charAt(p) == '\u00A0')) p++;
            Found f = keywordAt(text, i, p);
            if (f != null) {
                out.add(f);
                i = f.end();
            } else {
                i = p > i ? p : i + 1;
            }
        }
        return out;
    }

    /**
     * The status of a status-field value ("⚠️ 部分可验证（…）", "部分可验证", "需要验证（…）"): the
     * emoji forms anywhere, or, when there is none, a keyword near the start of the value.
     */
    static List<Found> findInStatusValue(String value) {
        List<Found> out = findWithEmoji(value);
        if (!out.isEmpty() || value == null) return out;
        int p = 0;
        while (p < value.length() && (value.charAt(p) == ' ' || value.charAt(p) == '*')) p++;
        Found f = keywordAt(value, p, p);
        if (f != null) out.add(f);
        return out;
    }

    /** "验证状态为“待验证”", "当前状态是 待确认": a status named in a sentence rather than in a status field. */
    private static final java.util.regex.Pattern IN_PROSE =
            java.util.regex.Pattern.compile("状态\\s*(?:为|是|仍为|仍是|应为)\\s*[\"“「『]?\\s*");

    /**
     * The first status stated in prose ({@code 当前验证状态为"待验证"}): a status keyword right after
     * "状态为 / 状态是" (optionally quoted). Used only for blocks without a status field.
     */
    static List<Found> findInProse(String text) {
        List<Found> out = new ArrayList<>();
        if (text == null) return out;
        java.util.regex.Matcher m = IN_PROSE.matcher(text);
        while (m.find() && out.isEmpty()) {
            Found f = keywordAt(text, m.end(), m.end());
            if (f != null) {
                String phrase = text.substring(Math.max(0, m.start() - 2), f.end())
                        .replace(">", "")
                        .strip();
                out.add(new Found(f.status(), phrase, null, m.start(), f.end()));
            }
        }
        return out;
    }

    /** True when {@code text} starts (after spaces) with an emoji. */
    static boolean startsWithEmoji(String text) {
        String t = text.stripLeading();
        return !t.isEmpty() && emojiAt(t, 0) > 0;
    }

    /** Length of the status emoji at {@code i} (including a following U+FE0F), or 0. */
    static int emojiAt(String s, int i) {
        char c = s.charAt(i);
        if (EMOJI_STARTS.indexOf(c) >= 0) {
            return i + 1 < s.length() && s.charAt(i + 1) == '\uFE0F' ? 2 : 1;
        }
        return 0;
    }

    private static Found keywordAt(String text, int phraseStart, int p) {
        int headEnd = p;
        int limit = Math.min(text.length(), p + 40);
        while (headEnd < limit && STOPS.indexOf(text.charAt(headEnd)) < 0) headEnd++;
        for (Keyword kw : KEYWORDS) {
            int k = leadOf(text, p, headEnd, kw.text());
            if (k < 0) continue;
            if (k > 0 && text.lastIndexOf('不', p + k - 1) >= p) continue;
            int kwEnd = p + k + kw.text().length();
            String phrase = text.substring(phraseStart, kwEnd).replace(">", "");
            if (!singleSpaced(phrase)) phrase = WHITESPACE_RUN.matcher(phrase).replaceAll(" ");
            phrase = phrase.strip();
            String rest = text.substring(kwEnd, headEnd).strip();
            int end = headEnd;
            String qualifier = rest.isEmpty() ? null : rest;
            if (qualifier == null
                    && headEnd < text.length()
                    && (text.charAt(headEnd) == '（' || text.charAt(headEnd) == '(')) {
                int close = closing(text, headEnd, 200);
                qualifier = text.substring(headEnd + 1, close).strip();
                end = Math.min(text.length(), close + 1);
                if (qualifier.isEmpty()) qualifier = null;
            }
            return new Found(kw.status(), phrase, qualifier, phraseStart, end);
        }
        return null;
    }

    /**
     * As {@code head.indexOf(kw)} for {@code head = text.substring(p, headEnd)} when that is at most {@link #MAX_LEAD},
     * else -1, without cutting the head out (a string per emoji and status value).
     */
    private static int leadOf(String text, int p, int headEnd, String kw) {
        for (int k = 0, last = Math.min(MAX_LEAD, headEnd - p - kw.length()); k <= last; k++)
            if (text.startsWith(kw, p + k)) return k;
        return -1;
    }

    /**
     * True when every run of {@link #WHITESPACE_RUN} in {@code s} is one {@code ' '}, so that replacing each run
     * with a space leaves {@code s} as it is (most phrases: "✅ 已验证"), without a {@link java.util.regex.Matcher}.
     */
    static boolean singleSpaced(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' ? i + 1 < s.length() && s.charAt(i + 1) == ' ' : Text.REGEX_SPACES.indexOf(c) >= 0)
                return false;
        }
        return true;
    }

    /** Index of the bracket closing the one at {@code open}, or the text length when unclosed. */
    static int closing(String text, int open) {
        return closing(text, open, Integer.MAX_VALUE);
    }

    /** As {@link #closing(String, int)}, looking at most {@code max} characters ahead. */
    static int closing(String text, int open, int max) {
        int depth = 0;
        int end = (int) Math.min(text.length(), (long) open + max);
        for (int i = open; i < end; i++) {
            char c = text.charAt(i);
            if (c == '（' || c == '(') depth++;
            else if (c == '）' || c == ')') {
                depth--;
                if (depth == 0) return i;
            }
        }
        return end;
    }
}
