package org.claimgraph.writeback;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shape of one physical line of a provenance block: its prefix (indentation, quote markers,
 * list marker) and body, and where a field's value sits in the body. This reads only what
 * {@code extract} already decided is a block line; it exists to keep what is around a value.
 */
record LineShape(String quote, String innerIndent, String bullet, String body) {
    private static final Pattern SHAPE =
            Pattern.compile("^(\\s*(?:>[ \\t]?)*)([ \\t]*)((?:[-*+]|\\d{1,3}[.)])[ \\t]+)?(.*)$", Pattern.DOTALL);
    /** Keys of fields a value can run into on the same line (the value ends where the next one starts). */
    static final String KEYS = "来源类型|验证性|验证状态|验证方法|测试环境|验证环境|备注|更新日期|判断依据|最后验证日期|当前验证日期|来源|参考";

    private static final Pattern NEXT_FIELD =
            Pattern.compile("[\\s，,；;]*(?:\\*\\*)?(?:" + KEYS + ")\\s*(?:\\*\\*)?\\s*[：:]");

    /** How a key is written: {@code **K**：}, {@code **K：**} or {@code K：}. */
    enum KeyStyle {
        BOLD,
        BOLD_INNER_COLON,
        PLAIN
    }

    /**
     * A field found in a line: {@code valueStart}/{@code valueEnd} are offsets into the whole
     * line; {@code inline} is true when other text precedes the key in the body
     * ({@code 来源类型：内部测试，验证性：…}); {@code separator} is what precedes an inline key.
     */
    record Spot(
            int line,
            String key,
            KeyStyle style,
            String colon,
            String afterColon,
            int valueStart,
            int valueEnd,
            boolean inline,
            String separator) {}

    static LineShape of(String line) {
        Matcher m = SHAPE.matcher(line);
        if (!m.matches()) return new LineShape("", "", "", line);
        return new LineShape(m.group(1), m.group(2), m.group(3) == null ? "" : m.group(3), m.group(4));
    }

    String prefix() {
        return quote + innerIndent + bullet;
    }

    boolean isBullet() {
        return !bullet.isEmpty();
    }

    /** True for a line that is only a quote marker (a blank line inside a quote) or blank. */
    boolean isBlank() {
        return body.isBlank() && bullet.isEmpty();
    }

    /** The first of {@code keys} written as a field in {@code line}, or null. */
    static Spot find(int lineNo, String line, List<String> keys) {
        LineShape s = of(line);
        Body body = new Body(lineNo, s.body, s.prefix().length());
        for (String k : keys) {
            Spot head = atStart(body, k);
            if (head != null) return head;
        }
        for (String k : keys) {
            Matcher m = Pattern.compile("(?<=[\\s，,；;（(：:*])(" + Pattern.quote(k) + ")(\\s*)([：:])(\\s*)")
                    .matcher(body.text());
            if (m.find()) {
                int sepStart = m.start(1);
                while (sepStart > 0 && "，,；; \t".indexOf(body.text().charAt(sepStart - 1)) >= 0) sepStart--;
                String sep = body.text().substring(sepStart, m.start(1));
                return body.spot(
                        k,
                        KeyStyle.PLAIN,
                        m.group(2) + m.group(3),
                        m.group(4),
                        m.end(),
                        true,
                        sep.isEmpty() ? "，" : sep);
            }
        }
        return null;
    }

    /** {@code k} as the field the body starts with: bold, bold with the colon inside, or plain. */
    private static Spot atStart(Body body, String k) {
        String q = Pattern.quote(k);
        Matcher bold = Pattern.compile("^\\*\\*" + q + "\\*\\*(\\s*[：:])(\\s*)").matcher(body.text());
        if (bold.find()) return body.atStart(k, KeyStyle.BOLD, bold);
        Matcher inner =
                Pattern.compile("^\\*\\*" + q + "(\\s*[：:])\\*\\*(\\s*)").matcher(body.text());
        if (inner.find()) return body.atStart(k, KeyStyle.BOLD_INNER_COLON, inner);
        Matcher plain = Pattern.compile("^[（(]?" + q + "(\\s*[：:])(\\s*)").matcher(body.text());
        if (plain.find()) return body.atStart(k, KeyStyle.PLAIN, plain);
        return null;
    }

    /** The body of line {@code lineNo} (after quote marker, indent and bullet), which starts at {@code base}. */
    private record Body(int lineNo, String text, int base) {
        /** A field at the start, matched with groups 1 (the colon) and 2 (the space after it). */
        Spot atStart(String key, KeyStyle style, Matcher m) {
            return spot(key, style, m.group(1), m.group(2), m.end(), false, "");
        }

        /** The field whose value starts at {@code valueStart} and runs to the next field or the end. */
        Spot spot(
                String key,
                KeyStyle style,
                String colon,
                String afterColon,
                int valueStart,
                boolean inline,
                String sep) {
            Matcher next = NEXT_FIELD.matcher(text);
            int end = text.length();
            if (next.find(valueStart)) end = next.start();
            while (end > valueStart && Character.isWhitespace(text.charAt(end - 1))) end--;
            return new Spot(lineNo, key, style, colon, afterColon, base + valueStart, base + end, inline, sep);
        }
    }

    /** {@code key} written in {@code style} with its colon, e.g. {@code **验证方法**：}. */
    static String renderKey(String key, KeyStyle style, String colon, String afterColon) {
        return switch (style) {
            case BOLD -> "**" + key + "**" + colon + afterColon;
            case BOLD_INNER_COLON -> "**" + key + colon + "**" + afterColon;
            case PLAIN -> key + colon + afterColon;
        };
    }
}
