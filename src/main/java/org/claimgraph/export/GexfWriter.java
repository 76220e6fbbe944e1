package org.claimgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.claimgraph.export.PropertyGraph.AttrType;

/**
 * GEXF 1.3 ({@code http://gexf.net/1.3}) for Gephi: typed node attributes, {@code viz:color} by
 * status (claims, statuses) or kind, {@code viz:size} by degree, {@code viz:position} from
 * {@link Layout}, labelled directed edges with {@code kind} = relationship type.
 *
 * <p>Written by hand rather than with jgrapht-io's {@code GEXFExporter}: that exporter writes the
 * 1.2draft namespace and has no way to emit the {@code viz:} module elements.
 */
public final class GexfWriter {
    static final String NS = "http://gexf.net/1.3";
    static final String VIZ = "http://gexf.net/1.3/viz";

    private GexfWriter() {}

    public static void write(PropertyGraph g, OutputStream out) throws IOException {
        StringBuilder sb = new StringBuilder();
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<gexf xmlns=\"").append(NS).append("\" xmlns:viz=\"").append(VIZ)
                .append("\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"")
                .append(" xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n");
        sb.append("  <meta>\n    <creator>claimgraph</creator>\n")
                .append("    <description>claims, tools, versions, sections, notes and statuses of a claimgraph dataset</description>\n")
                .append("  </meta>\n");
        sb.append("  <graph defaultedgetype=\"directed\" mode=\"static\">\n");
        sb.append("    <attributes class=\"node\" mode=\"static\">\n");
        for (Map.Entry<String, AttrType> a : PropertyGraph.ATTRIBUTES.entrySet()) {
            if (a.getKey().equals("label")) {
                continue; // the node's label attribute
            }
            sb.append("      <attribute id=\"").append(a.getKey()).append("\" title=\"").append(a.getKey())
                    .append("\" type=\"").append(type(a.getValue())).append("\"/>\n");
        }
        sb.append("      <attribute id=\"degree\" title=\"degree\" type=\"integer\"/>\n");
        sb.append("    </attributes>\n");
        Map<String, Layout.Point> pos = Layout.rings(g);
        sb.append("    <nodes>\n");
        for (PropertyGraph.Node n : g.nodes()) {
            int degree = g.degree(n.id());
            sb.append("      <node id=\"").append(Xml.esc(n.id())).append("\" label=\"").append(Xml.esc(n.label())).append("\">\n");
            sb.append("        <attvalues>\n");
            for (Map.Entry<String, Object> a : n.attributes().entrySet()) {
                if (a.getKey().equals("label")) {
                    continue;
                }
                sb.append("          <attvalue for=\"").append(a.getKey()).append("\" value=\"")
                        .append(Xml.esc(value(a.getValue()))).append("\"/>\n");
            }
            sb.append("          <attvalue for=\"degree\" value=\"").append(degree).append("\"/>\n");
            sb.append("        </attvalues>\n");
            int[] rgb = Styles.rgb(Styles.color(n));
            sb.append("        <viz:color r=\"").append(rgb[0]).append("\" g=\"").append(rgb[1]).append("\" b=\"").append(rgb[2]).append("\"/>\n");
            Layout.Point p = pos.get(n.id());
            sb.append("        <viz:position x=\"").append(Json.number(p.x())).append("\" y=\"").append(Json.number(p.y()))
                    .append("\" z=\"0\"/>\n");
            sb.append("        <viz:size value=\"").append(Json.number(Styles.size(degree))).append("\"/>\n");
            sb.append("      </node>\n");
        }
        sb.append("    </nodes>\n");
        sb.append("    <edges>\n");
        for (PropertyGraph.Edge e : g.edges()) {
            sb.append("      <edge id=\"").append(Xml.esc(e.id())).append("\" source=\"").append(Xml.esc(e.source()))
                    .append("\" target=\"").append(Xml.esc(e.target())).append("\" kind=\"").append(e.type().name())
                    .append("\" label=\"").append(Xml.esc(e.type().label())).append("\"/>\n");
        }
        sb.append("    </edges>\n");
        sb.append("  </graph>\n</gexf>\n");
        out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static String type(AttrType t) {
        return switch (t) {
            case STRING, DATE -> "string";
            case INT -> "long";
            case DOUBLE -> "double";
            case BOOLEAN -> "boolean";
            case STRING_LIST -> "liststring";
        };
    }

    /** GEXF 1.3 liststring values are written as {@code ["a", "b"]} (quoted items); other values as their text. */
    private static String value(Object v) {
        if (v instanceof List<?> l) {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < l.size(); i++) {
                sb.append(i == 0 ? "" : ", ");
                Json.string(sb, l.get(i).toString());
            }
            return sb.append(']').toString();
        }
        if (v instanceof Double d) {
            return Json.number(d);
        }
        if (v instanceof LocalDate d) {
            return d.toString();
        }
        return v.toString();
    }
}
