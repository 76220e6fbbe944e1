package org.claimgraph.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;
import org.claimgraph.export.PropertyGraph.AttrType;

/**
 * {@code nodes.csv} and {@code relationships.csv} with the header syntax of
 * {@code neo4j-admin database import full}: {@code id:ID}, {@code :LABEL} (a claim gets
 * {@code Claim;PerformanceFigure}), typed property columns ({@code firstLine:long},
 * {@code updated:date}, {@code maturity:double}, {@code sourceTypes:string[]}), and
 * {@code :START_ID}, {@code :END_ID}, {@code :TYPE}. Every field is quoted; line breaks inside
 * text become spaces (no {@code --multiline-fields} needed); array items are split by the default
 * {@code ;}, so an ASCII {@code ;} inside an item is written as the full-width {@code ；}.
 */
public final class Neo4jCsvWriter {
    public static final String NODES = "nodes.csv";
    private static final Pattern LINE_BREAKS = Pattern.compile("[\\r\\n]+");
    private static final CSVFormat CSV = CSVFormat.DEFAULT
            .builder()
            .setQuoteMode(QuoteMode.ALL_NON_NULL)
            .setRecordSeparator('\n')
            .get();
    public static final String RELATIONSHIPS = "relationships.csv";

    private Neo4jCsvWriter() {}

    /** Both files, keyed by file name. */
    public static SortedMap<String, byte[]> files(PropertyGraph g) {
        SortedMap<String, byte[]> out = new TreeMap<>();
        out.put(NODES, nodes(g).getBytes(StandardCharsets.UTF_8));
        out.put(RELATIONSHIPS, relationships(g).getBytes(StandardCharsets.UTF_8));
        return out;
    }

    static String nodes(PropertyGraph g) {
        List<String> columns = new ArrayList<>();
        for (Map.Entry<String, AttrType> a : PropertyGraph.ATTRIBUTES.entrySet()) {
            if (!a.getKey().equals("type")) {
                columns.add(a.getKey());
            }
        }
        StringBuilder sb = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("id:ID", ":LABEL"));
        for (String c : columns) {
            header.add(c + suffix(PropertyGraph.ATTRIBUTES.get(c)));
        }
        header.add("degree:long");
        row(sb, header);
        for (PropertyGraph.Node n : g.nodes()) {
            List<String> fields = new ArrayList<>();
            fields.add(n.id());
            String kind = n.string("kind").orElse(n.type().label());
            fields.add(
                    kind.equals(n.type().label()) ? n.type().label() : n.type().label() + ";" + kind);
            for (String c : columns) {
                fields.add(value(n.attributes().get(c)));
            }
            fields.add(Integer.toString(g.degree(n.id())));
            row(sb, fields);
        }
        return sb.toString();
    }

    static String relationships(PropertyGraph g) {
        StringBuilder sb = new StringBuilder();
        row(sb, List.of(":START_ID", ":END_ID", ":TYPE", "label"));
        for (PropertyGraph.Edge e : g.edges()) {
            row(sb, List.of(e.source(), e.target(), e.type().name(), e.type().label()));
        }
        return sb.toString();
    }

    private static String suffix(AttrType t) {
        return switch (t) {
            case STRING -> "";
            case INT -> ":long";
            case DOUBLE -> ":double";
            case BOOLEAN -> ":boolean";
            case DATE -> ":date";
            case STRING_LIST -> ":string[]";
        };
    }

    private static String value(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof List<?> l) {
            List<String> items = new ArrayList<>();
            for (Object o : l) {
                items.add(o.toString().replace(';', '；'));
            }
            return String.join(";", items);
        }
        if (v instanceof Double d) {
            return Json.number(d);
        }
        if (v instanceof LocalDate d) {
            return d.toString();
        }
        return v.toString();
    }

    /** One CSV line: every non-null field quoted (quotes doubled by commons-csv), line breaks flattened; null is an empty field. */
    private static void row(StringBuilder sb, List<String> fields) {
        List<String> flat = new ArrayList<>(fields.size());
        for (String f : fields) {
            flat.add(f == null ? null : LINE_BREAKS.matcher(f).replaceAll(" "));
        }
        try {
            CSV.printRecord(sb, flat.toArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
    }
}
