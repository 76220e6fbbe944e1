package org.claimgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * GEXF 1.2draft is what {@code networkx.read_gexf} reads, checked without Python: networkx
 * (readwrite/gexf.py) looks for a {@code <graph>} child of the root in the 1.1draft or 1.2draft
 * namespace ("No <graph> element in GEXF file" otherwise), reads {@code viz:} elements in that
 * namespace's {@code /viz}, and converts every attribute value by its declared type through a
 * fixed table. 1.3 stays the default, byte for byte what it was.
 */
class GexfVersionTest {
    /** The types networkx's GEXF reader can convert (its {@code types} table for 1.2draft). */
    static final Set<String> NETWORKX_TYPES =
            Set.of("integer", "float", "double", "boolean", "string", "long", "liststring", "anyURI");

    static Dataset ds;
    static PropertyGraph g;

    @BeforeAll
    static void load() {
        ds = Fixtures.load("two-notes.trig");
        g = Projector.project(ds);
    }

    @Test
    void draftHasTheGraphWhereNetworkxLooksForIt() throws Exception {
        Document doc = parse(GexfWriter.Version.V1_2DRAFT);
        Element root = doc.getDocumentElement();
        String ns = "http://www.gexf.net/1.2draft";
        assertEquals(ns, root.getNamespaceURI());
        assertEquals("gexf", root.getLocalName());
        assertEquals("1.2", root.getAttribute("version"));
        List<Element> graphs = children(root, ns, "graph");
        assertEquals(1, graphs.size(), "exactly one <graph> child of the root in the 1.2draft namespace");
        Element graph = graphs.get(0);
        assertEquals("directed", graph.getAttribute("defaultedgetype"));

        Set<String> declared = new HashSet<>();
        for (Element attrs : children(graph, ns, "attributes")) {
            for (Element a : children(attrs, ns, "attribute")) {
                assertTrue(
                        NETWORKX_TYPES.contains(a.getAttribute("type")),
                        a.getAttribute("id") + ": " + a.getAttribute("type"));
                declared.add(a.getAttribute("id"));
            }
        }
        List<Element> nodes = children(children(graph, ns, "nodes").get(0), ns, "node");
        assertEquals(g.nodes().size(), nodes.size());
        Set<String> ids = new HashSet<>();
        for (Element n : nodes) {
            ids.add(n.getAttribute("id"));
            for (Element av : children(children(n, ns, "attvalues").get(0), ns, "attvalue"))
                assertTrue(declared.contains(av.getAttribute("for")), "undeclared attribute " + av.getAttribute("for"));
            assertEquals(1, children(n, ns + "/viz", "color").size(), "viz:color in the 1.2draft viz namespace");
            assertEquals(1, children(n, ns + "/viz", "position").size());
            assertEquals(1, children(n, ns + "/viz", "size").size());
        }
        List<Element> edges = children(children(graph, ns, "edges").get(0), ns, "edge");
        assertEquals(g.edges().size(), edges.size());
        for (Element e : edges)
            assertTrue(
                    ids.contains(e.getAttribute("source")) && ids.contains(e.getAttribute("target")),
                    e.getAttribute("id"));
    }

    @Test
    void draftListsArePipeSeparatedAndTheDefaultIsOneThree() throws Exception {
        Document draft = parse(GexfWriter.Version.V1_2DRAFT);
        NodeList values = draft.getElementsByTagNameNS("http://www.gexf.net/1.2draft", "attvalue");
        boolean sawList = false;
        for (int i = 0; i < values.getLength(); i++) {
            Element v = (Element) values.item(i);
            if (v.getAttribute("for").equals("statuses")) {
                assertTrue(!v.getAttribute("value").startsWith("["), v.getAttribute("value"));
                sawList = true;
            }
        }
        assertTrue(sawList, "the fixture has claims with statuses");

        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        GexfWriter.write(g, plain);
        ByteArrayOutputStream v13 = new ByteArrayOutputStream();
        GexfWriter.write(g, GexfWriter.Version.V1_3, v13);
        assertEquals(plain.toString("UTF-8"), v13.toString("UTF-8"));
        Document doc = DocumentBuilderFactory.newDefaultNSInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(v13.toByteArray()));
        assertEquals("http://gexf.net/1.3", doc.getDocumentElement().getNamespaceURI());
        assertEquals("1.3", doc.getDocumentElement().getAttribute("version"));
        assertTrue(v13.toString("UTF-8")
                .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gexf xmlns=\"http://gexf.net/1.3\""));
    }

    @Test
    void aControlCharacterInALabelStillGivesWellFormedXml() throws Exception {
        PropertyGraph.Builder b = PropertyGraph.builder();
        b.node("tool/x", NodeKind.TOOL, "bad\u0001label <&> \"q\"", new java.util.TreeMap<>());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GexfWriter.write(b.build(), GexfWriter.Version.V1_3, out);
        Document doc = DocumentBuilderFactory.newDefaultNSInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(out.toByteArray()));
        Element node = (Element)
                doc.getElementsByTagNameNS("http://gexf.net/1.3", "node").item(0);
        assertNotNull(node);
        assertEquals("badlabel <&> \"q\"", node.getAttribute("label"));
    }

    private static Document parse(GexfWriter.Version v) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GexfWriter.write(g, v, out);
        return DocumentBuilderFactory.newDefaultNSInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(out.toByteArray()));
    }

    private static List<Element> children(Element parent, String ns, String local) {
        List<Element> out = new java.util.ArrayList<>();
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling())
            if (c instanceof Element e && ns.equals(e.getNamespaceURI()) && local.equals(e.getLocalName())) out.add(e);
        return out;
    }
}
