package org.claimgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.claimgraph.export.PropertyGraph.AttrType;

/**
 * GEXF for Gephi and networkx: typed node attributes, {@code viz:color} by status (claims,
 * statuses) or kind, {@code viz:size} by degree, {@code viz:position} from {@link Layout},
 * labelled directed edges with {@code kind} = relationship type. Written with StAX
 * ({@link XmlOut}) rather than jgrapht-io's {@code GEXFExporter}, which has no way to emit the
 * {@code viz:} module elements.
 *
 * <p>Two versions of the format ({@link Version}): 1.3 ({@code http://gexf.net/1.3}, the default,
 * what Gephi writes today) and 1.2draft ({@code http://www.gexf.net/1.2draft}), the newest one
 * {@code networkx.read_gexf} reads (it looks for {@code <graph>} in the 1.1draft or 1.2draft
 * namespace only). The documents differ in namespaces, the {@code version} attribute and how a
 * {@code liststring} value is written: {@code ["a", "b"]} in 1.3, {@code a|b} in 1.2draft.
 */
public final class GexfWriter {
    /** A GEXF version: namespace, viz namespace, schema location and {@code version} attribute. */
    public enum Version {
        V1_2DRAFT("1.2draft", "http://www.gexf.net/1.2draft", "1.2"),
        V1_3("1.3", "http://gexf.net/1.3", "1.3");

        private final String label;
        private final String ns;
        private final String versionAttribute;

        Version(String label, String ns, String versionAttribute) {
            this.label = label;
            this.ns = ns;
            this.versionAttribute = versionAttribute;
        }

        /** {@code 1.3} or {@code 1.2draft}, as the command line names it. */
        public String label() {
            return label;
        }

        public String namespace() {
            return ns;
        }

        public String vizNamespace() {
            return ns + "/viz";
        }

        public static Version of(String label) {
            for (Version v : values()) if (v.label.equals(label)) return v;
            throw new IllegalArgumentException("GEXF version must be 1.3 or 1.2draft: " + label);
        }
    }

    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private GexfWriter() {}

    /** GEXF 1.3. */
    public static void write(PropertyGraph g, OutputStream out) throws IOException {
        write(g, Version.V1_3, out);
    }

    public static void write(PropertyGraph g, Version version, OutputStream out) throws IOException {
        try {
            XmlOut x = XmlOut.start(out);
            XMLStreamWriter w = x.writer();
            w.writeStartElement("gexf");
            w.writeDefaultNamespace(version.namespace());
            w.writeNamespace("viz", version.vizNamespace());
            w.writeNamespace("xsi", XSI);
            w.writeAttribute("xsi:schemaLocation", version.namespace() + " " + version.namespace() + "/gexf.xsd");
            w.writeAttribute("version", version.versionAttribute);
            x.open(1, "meta");
            x.text(2, "creator", "claimgraph");
            x.text(2, "description", "claims, tools, versions, sections, notes and statuses of a claimgraph dataset");
            x.close(1);
            x.open(1, "graph", "defaultedgetype", "directed", "mode", "static");
            attributes(x);
            nodes(x, g, version);
            edges(x, g);
            x.close(1);
            x.close(0);
            x.end();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write GEXF: " + e.getMessage(), e);
        }
    }

    private static void attributes(XmlOut x) throws XMLStreamException {
        x.open(2, "attributes", "class", "node", "mode", "static");
        for (Map.Entry<String, AttrType> a : PropertyGraph.ATTRIBUTES.entrySet()) {
            if (a.getKey().equals("label")) continue; // the node's label attribute
            x.empty(3, "attribute", "id", a.getKey(), "title", a.getKey(), "type", type(a.getValue()));
        }
        x.empty(3, "attribute", "id", "degree", "title", "degree", "type", "integer");
        x.close(2);
    }

    private static void nodes(XmlOut x, PropertyGraph g, Version version) throws XMLStreamException {
        Map<String, Layout.Point> pos = Layout.rings(g);
        x.open(2, "nodes");
        for (PropertyGraph.Node n : g.nodes()) {
            int degree = g.degree(n.id());
            x.open(3, "node", "id", n.id(), "label", n.label());
            x.open(4, "attvalues");
            for (Map.Entry<String, Object> a : n.attributes().entrySet()) {
                if (a.getKey().equals("label")) continue;
                x.empty(5, "attvalue", "for", a.getKey(), "value", value(a.getValue(), version));
            }
            x.empty(5, "attvalue", "for", "degree", "value", Integer.toString(degree));
            x.close(4);
            int[] rgb = Styles.rgb(Styles.color(n));
            x.emptyNs(
                    4,
                    version.vizNamespace(),
                    "viz",
                    "color",
                    "r",
                    Integer.toString(rgb[0]),
                    "g",
                    Integer.toString(rgb[1]),
                    "b",
                    Integer.toString(rgb[2]));
            Layout.Point p = pos.get(n.id());
            x.emptyNs(
                    4,
                    version.vizNamespace(),
                    "viz",
                    "position",
                    "x",
                    Json.number(p.x()),
                    "y",
                    Json.number(p.y()),
                    "z",
                    "0");
            x.emptyNs(4, version.vizNamespace(), "viz", "size", "value", Json.number(Styles.size(degree)));
            x.close(3);
        }
        x.close(2);
    }

    private static void edges(XmlOut x, PropertyGraph g) throws XMLStreamException {
        x.open(2, "edges");
        for (PropertyGraph.Edge e : g.edges()) {
            x.empty(
                    3,
                    "edge",
                    "id",
                    e.id(),
                    "source",
                    e.source(),
                    "target",
                    e.target(),
                    "kind",
                    e.type().name(),
                    "label",
                    e.type().label());
        }
        x.close(2);
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

    /** A {@code liststring} is {@code ["a", "b"]} (JSON-quoted items) in 1.3 and {@code a|b} in 1.2draft; other values as their text. */
    private static String value(Object v, Version version) {
        if (v instanceof List<?> l) {
            if (version == Version.V1_2DRAFT)
                return l.stream().map(Object::toString).collect(Collectors.joining("|"));
            return Json.inline(l.stream().map(Object::toString).toList());
        }
        if (v instanceof Double d) return Json.number(d);
        if (v instanceof LocalDate d) return d.toString();
        return v.toString();
    }
}
