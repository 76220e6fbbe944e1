package org.claimgraph.writeback;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.VerificationStatus;

/**
 * A status phrase written the way the note writes its phrases: the emoji kept or left out as the
 * old phrase did, {@code ⚠️} with or without U+FE0F as it was, the same gap after the emoji.
 */
final class StatusPhrase {
    private StatusPhrase() {}

    static String keyword(VerificationStatus s) {
        return s.zh();
    }

    static String emoji(VerificationStatus s, boolean variationSelector) {
        return variationSelector ? s.emoji() : s.bareEmoji();
    }

    /** The phrase for {@code status} in the style of {@code old} (null or empty: the default "✅ 已验证" style). */
    static String render(VerificationStatus status, String old) {
        String o = old == null || old.isEmpty() ? VerificationStatus.VERIFIED.phrase() : old;
        int e = emojiLength(o);
        if (e == 0) return keyword(status);
        boolean fe0f = !o.contains("⚠") || o.contains("⚠\uFE0F");
        int p = e;
        while (p < o.length() && Character.isWhitespace(o.charAt(p))) p++;
        return emoji(status, fe0f) + o.substring(e, p) + keyword(status);
    }

    private static int emojiLength(String s) {
        if (s.isEmpty()) return 0;
        char c = s.charAt(0);
        if (c != '\u2705' && c != '\u274C' && c != '\u26A0') return 0;
        return s.length() > 1 && s.charAt(1) == '\uFE0F' ? 2 : 1;
    }

    /**
     * Where {@code phrase} (as the extractor recorded it: spaces collapsed, quote markers dropped)
     * is written in {@code line} at or after {@code from}: {start, end}, or null.
     */
    static int[] locate(String line, String phrase, int from) {
        String[] tokens = phrase.strip().split("\\s+");
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < tokens.length; i++) {
            if (i > 0) re.append("[\\s>\\u00A0]*");
            re.append(Pattern.quote(tokens[i]));
        }
        Matcher m = Pattern.compile(re.toString()).matcher(line);
        if (m.find(Math.max(0, Math.min(from, line.length())))) return new int[] {m.start(), m.end()};
        return null;
    }
}
