package org.claimgraph.export;

import com.google.gson.FormattingStyle;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/**
 * Deterministic JSON for the JSON-based formats, written with gson's streaming {@link JsonWriter}
 * (see package-info for why gson): maps print in their iteration order (use
 * {@code LinkedHashMap}/{@code TreeMap}), two-space indentation, {@code \n} line ends, non-ASCII
 * text kept as UTF-8. Values: {@code Map}, {@code Collection}, {@code String}, {@code Number},
 * {@code Boolean}, {@code LocalDate} (as a string), {@code null}. A NaN or infinite number is
 * refused ({@link #number}): a projection never carries one.
 */
final class Json {
    private Json() {}

    static String print(Object value) {
        StringWriter out = new StringWriter();
        try (JsonWriter w = new JsonWriter(out)) {
            w.setIndent("  ");
            write(w, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.append('\n').toString();
    }

    private static void write(JsonWriter w, Object v) throws IOException {
        if (v == null) {
            w.nullValue();
        } else if (v instanceof Boolean b) {
            w.value(b);
        } else if (v instanceof Double || v instanceof Float) {
            w.jsonValue(number(((Number) v).doubleValue()));
        } else if (v instanceof Number n) {
            w.value(n);
        } else if (v instanceof Map<?, ?> m) {
            w.beginObject();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                w.name(e.getKey().toString());
                write(w, e.getValue());
            }
            w.endObject();
        } else if (v instanceof Collection<?> c) {
            w.beginArray();
            for (Object o : c) {
                write(w, o);
            }
            w.endArray();
        } else {
            w.value(v instanceof LocalDate d ? d.toString() : v.toString());
        }
    }

    /** A double without exponent or trailing zeros: 512.0 → 512, 0.25 → 0.25. */
    static String number(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw new IllegalArgumentException("not a JSON number: " + d);
        }
        BigDecimal b = BigDecimal.valueOf(d).stripTrailingZeros();
        return b.scale() < 0 ? b.setScale(0).toPlainString() : b.toPlainString();
    }

    /**
     * {@code value} on one line with a space after {@code ,} and {@code :}: {@code ["a", "b"]};
     * a string alone is a valid YAML double-quoted scalar.
     */
    static String inline(Object value) {
        StringWriter out = new StringWriter();
        try (JsonWriter w = new JsonWriter(out)) {
            w.setFormattingStyle(FormattingStyle.COMPACT.withSpaceAfterSeparators(true));
            write(w, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
