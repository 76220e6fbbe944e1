package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * YAML frontmatter between a first line {@code ---} and the next {@code ---} (or {@code ...}).
 * Understands {@code key: value}, inline lists {@code key: [a, b]} and block lists
 * ({@code - item} under a key); each list item becomes its own {@link Model.Field} with the key.
 * Anything else inside is reported as unparsed.
 */
final class FrontmatterReader {
    private FrontmatterReader() {}

    record Result(int lastLine, List<Model.Field> fields, List<Integer> unparsed) {}

    /** Null when the note has no frontmatter. */
    static Result read(SourceText src) {
        if (src.size() < 2 || !src.line(1).strip().equals("---")) return null;
        int end = -1;
        for (int i = 2; i <= src.size(); i++) {
            String s = src.line(i).strip();
            if (s.equals("---") || s.equals("...")) {
                end = i;
                break;
            }
        }
        if (end < 0) return null;
        List<Model.Field> fields = new ArrayList<>();
        List<Integer> bad = new ArrayList<>();
        String currentKey = null;
        for (int i = 2; i < end; i++) {
            String raw = src.line(i);
            String s = raw.strip();
            if (s.isEmpty() || s.startsWith("#")) continue;
            if (s.startsWith("- ") && currentKey != null) {
                fields.add(new Model.Field(currentKey, unquote(s.substring(2).strip()), i));
                continue;
            }
            int colon = s.indexOf(':');
            if (colon > 0 && Text.indent(raw) == 0) {
                String key = s.substring(0, colon).strip();
                String value = s.substring(colon + 1).strip();
                currentKey = key;
                if (value.startsWith("[") && value.endsWith("]")) {
                    for (String item : value.substring(1, value.length() - 1).split(",")) {
                        if (!item.isBlank()) fields.add(new Model.Field(key, unquote(item.strip()), i));
                    }
                } else if (!value.isEmpty()) {
                    fields.add(new Model.Field(key, unquote(value), i));
                }
                continue;
            }
            bad.add(i);
        }
        return new Result(end, fields, bad);
    }

    private static String unquote(String v) {
        if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }
}
