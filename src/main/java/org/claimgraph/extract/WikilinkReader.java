package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Obsidian wikilinks: {@code [[Target]]}, {@code [[Target|alias]]}, {@code [[Note#Heading]]}. */
final class WikilinkReader {
    private WikilinkReader() {}

    private static final Pattern LINK = Pattern.compile("!?\\[\\[([^\\[\\]|\\n]+)(?:\\|([^\\[\\]\\n]*))?]]");

    static List<Model.Wikilink> find(String text, int line) {
        List<Model.Wikilink> out = new ArrayList<>();
        if (text == null || !text.contains("[[")) return out;
        Matcher m = LINK.matcher(text);
        while (m.find()) {
            String alias = m.group(2) == null || m.group(2).isBlank()
                    ? null
                    : m.group(2).strip();
            out.add(new Model.Wikilink(m.group(1).strip(), alias, line));
        }
        return out;
    }
}
