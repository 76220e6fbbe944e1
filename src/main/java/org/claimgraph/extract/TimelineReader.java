package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A timeline paragraph: "1999 – chroot 2006 – cgroups (Google) 2013 – Docker 开源 …" (prettier
 * often joins the entries into one paragraph). Needs at least two "year – event" entries.
 */
final class TimelineReader {
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[，,；;。\\s]+$");

    private TimelineReader() {}

    private static final Pattern ENTRY = Pattern.compile("(?<![\\d.\\-])(1[89]\\d\\d|20\\d\\d)\\s+[–—-]{1,2}\\s+");

    /**
     * @param text  the paragraph text (wrapped lines joined)
     * @param lines the paragraph's source lines, to find the line of each entry
     */
    static List<Model.TimelineEvent> read(String text, List<String> lines, int firstLine) {
        List<Model.TimelineEvent> out = new ArrayList<>();
        if (text == null || !mayHoldTwoEntries(text)) return out;
        Matcher m = ENTRY.matcher(text);
        List<int[]> at = new ArrayList<>();
        while (m.find()) at.add(new int[] {m.start(), m.end(), Integer.parseInt(m.group(1))});
        if (at.size() < 2) return out;
        for (int i = 0; i < at.size(); i++) {
            int end = i + 1 < at.size() ? at.get(i + 1)[0] : text.length();
            String event = TRAILING_PUNCTUATION
                    .matcher(Text.plain(text.substring(at.get(i)[1], end)))
                    .replaceAll("");
            out.add(new Model.TimelineEvent(at.get(i)[2], event, lineOf(lines, firstLine, at.get(i)[2])));
        }
        return out;
    }

    /** An entry as {@code lineOf} looks for it on a source line: a year, whitespace and a dash. */
    private static final Pattern LINE_ENTRY = Pattern.compile("(?<![\\d.\\-])(1[89]\\d\\d|20\\d\\d)\\s+[–—-]");

    /**
     * The first line with {@code year} written as an entry, else the first line holding it, else
     * {@code firstLine}. The year's own pattern is not compiled per entry: its matches on a line are the
     * matches of {@link #LINE_ENTRY} with that year (those matches cannot overlap one of them).
     */
    private static int lineOf(List<String> lines, int firstLine, int year) {
        String y = String.valueOf(year);
        Matcher m = LINE_ENTRY.matcher("");
        for (int i = 0; i < lines.size(); i++) {
            m.reset(lines.get(i));
            while (m.find()) if (m.group(1).equals(y)) return firstLine + i;
        }
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).contains(y)) return firstLine + i;
        return firstLine;
    }

    /**
     * Whether {@code text} has two places where an {@link #ENTRY} can end its year: a dash of {@code – — -}
     * after whitespace after a digit. Each match of {@link #ENTRY} has its own (its first dash), so a text with
     * fewer holds fewer than the two entries a timeline needs, and the regex is not run (most paragraphs).
     */
    static boolean mayHoldTwoEntries(String text) {
        int found = 0;
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '-' && c != '–' && c != '—') continue;
            int j = i - 1;
            while (j >= 0 && Text.isRegexSpace(text.charAt(j))) j--;
            if (j < i - 1 && j >= 0 && text.charAt(j) >= '0' && text.charAt(j) <= '9' && ++found == 2) return true;
        }
        return false;
    }
}
