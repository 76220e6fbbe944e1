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
        if (text == null) return out;
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

    private static int lineOf(List<String> lines, int firstLine, int year) {
        Pattern p = Pattern.compile("(?<![\\d.\\-])" + year + "\\s+[–—-]");
        for (int i = 0; i < lines.size(); i++) if (p.matcher(lines.get(i)).find()) return firstLine + i;
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).contains(String.valueOf(year))) return firstLine + i;
        return firstLine;
    }
}
