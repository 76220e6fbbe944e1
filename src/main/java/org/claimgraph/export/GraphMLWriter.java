package org.claimgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.claimgraph.export.PropertyGraph.AttrType;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jgrapht.nio.graphml.GraphMLExporter.AttributeCategory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * GraphML for Gephi and yEd. jgrapht-io's {@link GraphMLExporter} writes the graph with typed
 * keys (node and edge {@code label}, edge {@code relationship} = {@code ABOUT_TOOL} …, node ({@code <key attr.name="status" attr.type="string">}, {@code firstLine} as {@code long},
 * {@code maturity} as {@code double} …; lists joined by {@code "; "}, dates as ISO text).
 *
 * <p>yEd's styling cannot go through the exporter: a yEd key carries {@code yfiles.type} instead
 * of {@code attr.name}/{@code attr.type}, and its {@code <data>} holds XML ({@code y:ShapeNode})
 * where the exporter only writes escaped text. So the exporter's output is post-processed once:
 * the {@code y} namespace and two keys ({@code yfiles.type="nodegraphics"} and
 * {@code "edgegraphics"}) are added, then one {@code <data>} per node (label, fill colour by status
 * or kind, geometry from {@link Layout}) and per edge (arrow and label). Readers other than yEd
 * ignore those keys.
 */
public final class GraphMLWriter {
    static final String GRAPHML = "http://graphml.graphdrawing.org/xmlns";
    static final String Y = "http://www.yworks.com/xml/graphml";

    private GraphMLWriter() {}

    public static void write(PropertyGraph g, OutputStream out) throws IOException {
        String plain = jgrapht(g);
        out.write(yEd(g, plain).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** The graph as jgrapht-io writes it: typed keys and data, no styling. */
    static String jgrapht(PropertyGraph g) {
        DirectedPseudograph<String, PropertyGraph.Edge> jg = new DirectedPseudograph<>(PropertyGraph.Edge.class);
        g.nodes().forEach(n -> jg.addVertex(n.id()));
        g.edges().forEach(e -> jg.addEdge(e.source(), e.target(), e));

        GraphMLExporter<String, PropertyGraph.Edge> ex = new GraphMLExporter<>(id -> id);
        ex.setEdgeIdProvider(PropertyGraph.Edge::id);
        // node and edge labels through the exporter's label keys: two keys named "label", one
        // for="node" and one for="edge" (some readers reject for="all")
        ex.setVertexLabelAttributeName("label");
        ex.setEdgeLabelAttributeName("label");
        ex.setExportVertexLabels(true);
        ex.setExportEdgeLabels(true);
        for (Map.Entry<String, AttrType> a : PropertyGraph.ATTRIBUTES.entrySet()) {
            if (!a.getKey().equals("label")) {
                ex.registerAttribute(a.getKey(), AttributeCategory.NODE, type(a.getValue()));
            }
        }
        ex.registerAttribute("degree", AttributeCategory.NODE, AttributeType.INT);
        ex.registerAttribute("relationship", AttributeCategory.EDGE, AttributeType.STRING);
        ex.setVertexAttributeProvider(id -> {
            PropertyGraph.Node n = g.node(id).orElseThrow();
            Map<String, Attribute> m = new LinkedHashMap<>();
            n.attributes().forEach((k, v) -> m.put(k, attribute(v)));
            m.put("degree", DefaultAttribute.createAttribute(g.degree(id)));
            return m;
        });
        ex.setEdgeAttributeProvider(e -> {
            Map<String, Attribute> m = new LinkedHashMap<>();
            m.put("relationship", DefaultAttribute.createAttribute(e.type().name()));
            m.put("label", DefaultAttribute.createAttribute(e.type().label()));
            return m;
        });
        StringWriter w = new StringWriter();
        ex.exportGraph(jg, w);
        return w.toString();
    }

    /** Adds yEd's nodegraphics / edgegraphics to the exporter's document. */
    static String yEd(PropertyGraph g, String graphml) throws IOException {
        try {
            Document doc = parse(graphml);
            Element root = doc.getDocumentElement();
            root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:y", Y);
            Element graph =
                    (Element) root.getElementsByTagNameNS(GRAPHML, "graph").item(0);
            root.insertBefore(key(doc, "node", "ynodegraphics", "nodegraphics"), graph);
            root.insertBefore(key(doc, "edge", "yedgegraphics", "edgegraphics"), graph);

            Map<String, Layout.Point> pos = Layout.rings(g);
            // copy the live lists first: adding children invalidates them (quadratic otherwise)
            for (Element node : elements(graph, "node")) {
                PropertyGraph.Node n = g.node(node.getAttribute("id")).orElseThrow();
                node.appendChild(data(doc, "ynodegraphics", shapeNode(doc, n, pos.get(n.id()))));
            }
            for (Element edge : elements(graph, "edge")) {
                String type = edge.getAttribute("id").split(">")[1];
                edge.appendChild(data(doc, "yedgegraphics", polyLineEdge(doc, PropertyGraph.EdgeType.valueOf(type))));
            }
            return serialize(doc);
        } catch (ParserConfigurationException | SAXException | TransformerException e) {
            throw new IOException("cannot add yEd styling to the GraphML: " + e.getMessage(), e);
        }
    }

    private static Document parse(String graphml) throws ParserConfigurationException, SAXException, IOException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        Document doc = f.newDocumentBuilder().parse(new InputSource(new StringReader(graphml)));
        stripWhitespace(doc.getDocumentElement());
        return doc;
    }

    /** Indented by two, UTF-8, standalone, '\n' line ends, the root element on a line of its own. */
    private static String serialize(Document doc) throws TransformerException {
        Transformer t = TransformerFactory.newInstance().newTransformer();
        t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        t.setOutputProperty(OutputKeys.INDENT, "yes");
        t.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
        doc.setXmlStandalone(true);
        StringWriter w = new StringWriter();
        t.transform(new DOMSource(doc), new StreamResult(w));
        String s = w.toString().replace("\r\n", "\n").replaceFirst("\\?><graphml", "?>\n<graphml");
        return s.endsWith("\n") ? s : s + "\n";
    }

    private static Element data(Document doc, String key, Element content) {
        Element data = el(doc, GRAPHML, "data");
        data.setAttribute("key", key);
        data.appendChild(content);
        return data;
    }

    /** A node's yEd shape: geometry at its layout point, width by label length, fill by status or kind. */
    private static Element shapeNode(Document doc, PropertyGraph.Node n, Layout.Point p) {
        Element shape = el(doc, Y, "y:ShapeNode");
        int width = 40 + 8 * Math.min(24, n.label().codePointCount(0, n.label().length()));
        Element geometry = el(doc, Y, "y:Geometry");
        geometry.setAttribute("height", "30.0");
        geometry.setAttribute("width", width + ".0");
        geometry.setAttribute("x", Json.number(p.x() * 3));
        geometry.setAttribute("y", Json.number(p.y() * 3));
        shape.appendChild(geometry);
        Element fill = el(doc, Y, "y:Fill");
        fill.setAttribute("color", Styles.color(n).toUpperCase(java.util.Locale.ROOT));
        fill.setAttribute("transparent", "false");
        shape.appendChild(fill);
        Element label = el(doc, Y, "y:NodeLabel");
        label.setTextContent(Projector.shorten(n.label(), 24));
        shape.appendChild(label);
        Element s = el(doc, Y, "y:Shape");
        s.setAttribute(
                "type",
                n.type() == NodeKind.CLAIM ? "roundrectangle" : n.type() == NodeKind.STATUS ? "ellipse" : "rectangle");
        shape.appendChild(s);
        return shape;
    }

    /** An edge's yEd line: an arrow at the target and the relationship's label. */
    private static Element polyLineEdge(Document doc, PropertyGraph.EdgeType type) {
        Element line = el(doc, Y, "y:PolyLineEdge");
        Element arrows = el(doc, Y, "y:Arrows");
        arrows.setAttribute("source", "none");
        arrows.setAttribute("target", "standard");
        line.appendChild(arrows);
        Element label = el(doc, Y, "y:EdgeLabel");
        label.setTextContent(type.label());
        line.appendChild(label);
        return line;
    }

    /** The direct children of {@code parent} named {@code name}, as a fixed list. */
    private static List<Element> elements(Element parent, String name) {
        List<Element> out = new java.util.ArrayList<>();
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e && GRAPHML.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    private static Element key(Document doc, String forWhat, String id, String yfilesType) {
        Element k = el(doc, GRAPHML, "key");
        k.setAttribute("for", forWhat);
        k.setAttribute("id", id);
        k.setAttribute("yfiles.type", yfilesType);
        return k;
    }

    private static Element el(Document doc, String ns, String qname) {
        return doc.createElementNS(ns, qname);
    }

    private static void stripWhitespace(Node node) {
        NodeList children = node.getChildNodes();
        for (int i = children.getLength() - 1; i >= 0; i--) {
            Node c = children.item(i);
            if (c.getNodeType() == Node.TEXT_NODE
                    && c.getTextContent().isBlank()
                    && node.getChildNodes().getLength() > 1) {
                node.removeChild(c);
            } else if (c.getNodeType() == Node.ELEMENT_NODE) {
                stripWhitespace(c);
            }
        }
    }

    private static AttributeType type(AttrType t) {
        return switch (t) {
            case STRING, DATE, STRING_LIST -> AttributeType.STRING;
            case INT -> AttributeType.LONG;
            case DOUBLE -> AttributeType.DOUBLE;
            case BOOLEAN -> AttributeType.BOOLEAN;
        };
    }

    private static Attribute attribute(Object v) {
        if (v instanceof Long l) {
            return DefaultAttribute.createAttribute(l);
        }
        if (v instanceof Double d) {
            return new DefaultAttribute<>(Json.number(d), AttributeType.DOUBLE);
        }
        if (v instanceof Boolean b) {
            return DefaultAttribute.createAttribute(b);
        }
        if (v instanceof LocalDate d) {
            return DefaultAttribute.createAttribute(d.toString());
        }
        if (v instanceof List<?> l) {
            return DefaultAttribute.createAttribute(
                    String.join("; ", l.stream().map(Object::toString).toList()));
        }
        return DefaultAttribute.createAttribute(v.toString());
    }
}
