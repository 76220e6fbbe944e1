package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link TimelineReader#read} runs its regex only on texts with two places an entry can end its year, and finds
 * an entry's line without a pattern per year: it reads what the former code read.
 */
class TimelineReaderTest {
    private static final Pattern ENTRY = Pattern.compile("(?<![\\d.\\-])(1[89]\\d\\d|20\\d\\d)\\s+[–—-]{1,2}\\s+");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[，,；;。\\s]+$");

    /** The former code: the regex over every text, a pattern compiled per entry for its line. */
    private static List<Model.TimelineEvent> former(String text, List<String> lines, int firstLine) {
        List<Model.TimelineEvent> out = new ArrayList<>();
        Matcher m = ENTRY.matcher(text);
        List<int[]> at = new ArrayList<>();
        while (m.find()) at.add(new int[] {m.start(), m.end(), Integer.parseInt(m.group(1))});
        if (at.size() < 2) return out;
        for (int i = 0; i < at.size(); i++) {
            int end = i + 1 < at.size() ? at.get(i + 1)[0] : text.length();
            String event = TRAILING_PUNCTUATION
                    .matcher(Text.plain(text.substring(at.get(i)[1], end)))
                    .replaceAll("");
            out.add(new Model.TimelineEvent(at.get(i)[2], event, formerLineOf(lines, firstLine, at.get(i)[2])));
        }
        return out;
    }

    private static int formerLineOf(List<String> lines, int firstLine, int year) {
        Pattern p = Pattern.compile("(?<![\\d.\\-])" + year + "\\s+[–—-]");
        for (int i = 0; i < lines.size(); i++) if (p.matcher(lines.get(i)).find()) return firstLine + i;
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).contains(String.valueOf(year))) return firstLine + i;
        return firstLine;
    }

    @Test
    void readsWhatTheFormerCodeRead() throws IOException {
        List<String> cases = List.of(
                "1999 – chroot 2006 – cgroups (Google) 2013 – Docker 开源",
                "1999 -- a 21999 - b 2000.5 - c 1999 —— d",
                "2013\t-\tDocker\n2014 – Kubernetes，",
                "更新日期 2025-11-01 与 2024-01-01");
        String[] atoms = {
            "1999",
            "2006",
            "2013",
            "1850",
            "2099",
            "1799",
            "2100",
            "20",
            "19",
            "1",
            "0",
            " ",
            "  ",
            "\t",
            "\n",
            "\u000B",
            "-",
            "–",
            "—",
            "--",
            "——",
            ".",
            "Docker",
            "，",
            "。",
            "a",
            "中",
            "(",
            ")",
            "**",
            "`",
            "1999 – ",
            "2013 - ",
            "2006 —— ",
            " 1850\t-\n",
            "2099 -"
        };
        int found = 0, skipped = 0;
        for (String text : ScanCorpus.texts(cases, atoms, 14)) {
            // the source lines: the text cut at its line breaks, and a few lines more from elsewhere
            List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
            if (text.length() % 3 == 0) lines.add(0, text.replace('\n', ' '));
            List<Model.TimelineEvent> want = former(text, lines, 4);
            assertEquals(want, TimelineReader.read(text, lines, 4), text);
            if (!want.isEmpty()) found++;
            if (!TimelineReader.mayHoldTwoEntries(text)) skipped++;
        }
        assertTrue(found > 500 && skipped > 5000, found + " timelines, " + skipped + " texts skipped");
    }
}
