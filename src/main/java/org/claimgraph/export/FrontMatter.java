package org.claimgraph.export;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * YAML frontmatter as Obsidian reads it into typed Properties: text values double-quoted (so
 * {@code "[[Note]]"} links, colons and {@code #} stay text), numbers and {@code YYYY-MM-DD} dates
 * bare (Number and Date properties), lists as block sequences (List properties; {@code tags} and
 * {@code aliases} are Obsidian's own). Empty values are left out.
 */
final class FrontMatter {
    /** The key that marks a file as written by claimgraph; re-export touches only such files. */
    static final String MARKER = "claimgraph-id";

    private final Map<String, Object> entries = new LinkedHashMap<>();

    FrontMatter put(String key, Object value) {
        if (value == null || value instanceof List<?> l && l.isEmpty() || value instanceof String s && s.isEmpty()) {
            return this;
        }
        entries.put(key, value);
        return this;
    }

    String render() {
        StringBuilder sb = new StringBuilder("---\n");
        entries.forEach((k, v) -> {
            sb.append(k).append(':');
            if (v instanceof List<?> l) {
                sb.append('\n');
                for (Object o : l) {
                    sb.append("  - ").append(scalar(o)).append('\n');
                }
            } else {
                sb.append(' ').append(scalar(v)).append('\n');
            }
        });
        return sb.append("---\n").toString();
    }

    private static String scalar(Object v) {
        if (v instanceof Long || v instanceof Integer) {
            return v.toString();
        }
        if (v instanceof Double d) {
            return Json.number(d);
        }
        if (v instanceof Boolean b) {
            return b.toString();
        }
        if (v instanceof LocalDate d) {
            return d.toString();
        }
        return Json.inline(v.toString()); // a JSON string is a valid YAML double-quoted scalar
    }
}
