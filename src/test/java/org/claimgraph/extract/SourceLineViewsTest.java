package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The per-line reads of {@link SourceText} that cut nothing out answer as the same reads of the cut-out line. */
class SourceLineViewsTest {
    /** What a marker line is, as the extractor matched it with a regex before reading the source text in place. */
    private static final Pattern MARKER = Pattern.compile("^\\s*<!--\\s*来源标注.*");

    private static boolean isMarker(String line) {
        return MARKER.matcher(line).matches();
    }

    private static final String[] PIECES = {
        " ", "\t", "\u000B", "\f", "\u00A0", ">", "> ", ">>", "<!--", "-->", "来源标注", "来源", "标注", "x", "**", "\u0085",
        "\u2028", "\u2029", "中"
    };

    @Test
    void markerAndUnquoteMatchTheLineRead() {
        Random r = new Random(24);
        StringBuilder text = new StringBuilder();
        for (int line = 0; line < 5_000; line++) {
            for (int n = r.nextInt(8); n > 0; n--) text.append(PIECES[r.nextInt(PIECES.length)]);
            text.append(r.nextInt(5) == 0 ? "\r\n" : "\n");
        }
        SourceText src = new SourceText(text.toString());
        int markers = 0;
        for (int n = 0; n <= src.size() + 1; n++) {
            String line = src.line(n);
            assertEquals(isMarker(line), BlockFinder.isMarker(src, n), "line " + n + ": " + line);
            assertEquals(Text.unquote(line), src.unquoted(n), "line " + n + ": " + line);
            if (isMarker(line)) markers++;
        }
        assertTrue(markers > 0, "some lines are markers");
    }
}
