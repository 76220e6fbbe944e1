package org.claimgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real parsers read what we write. Counts come from two-notes.trig (worked out by hand there):
 * 22 nodes, 25 edges; the vault has 2 source + 5 claim + 5 tool + 4 status + 2 index notes.
 */
class InteropTest {
    static Dataset ds;

    @TempDir
    static Path out;

    @BeforeAll
    static void export() throws IOException {
        ds = Fixtures.load("two-notes.trig");
        ExportersTest.writeAll(ds, out);
    }

    @Test
    void graphologyReadsTheGraphML() throws Exception {
        NodeScript.assumeAvailable();
        JsonObject r = NodeScript.run("graphml", out.resolve("graphml/claimgraph.graphml"));
        assertEquals(22, r.get("nodes").getAsNumber().value().intValue());
        assertEquals(25, r.get("edges").getAsNumber().value().intValue());
        JsonObject c1 = r.get("attributes").getAsObject().get("claim/c1").getAsObject();
        assertEquals("K3s 内存占用约 512 MB", c1.get("label").getAsString().value());
        assertEquals("PerformanceFigure", c1.get("kind").getAsString().value());
        assertEquals("unverifiable", c1.get("status").getAsString().value());
        assertEquals(12, c1.get("firstLine").getAsNumber().value().intValue(), "typed long key read as a number");
        JsonObject edgeTypes = r.get("edgeTypes").getAsObject();
        assertTrue(
                edgeTypes.hasKey("undefined") || edgeTypes.keys().size() == 1,
                "edges carry 'relationship', not 'type'");
        assertEquals(
                0.7,
                r.get("attributes")
                        .getAsObject()
                        .get("tool/k3s")
                        .getAsObject()
                        .get("maturity")
                        .getAsNumber()
                        .value()
                        .doubleValue(),
                1e-12,
                "maturity is a typed double");
        String xml = Files.readString(out.resolve("graphml/claimgraph.graphml"));
        assertTrue(
                xml.contains("yfiles.type=\"nodegraphics\"") && xml.contains("<y:Fill color=\"#C62828\""),
                "yEd styling by status");
    }

    @Test
    void graphologyReadsTheGexf() throws Exception {
        NodeScript.assumeAvailable();
        JsonObject r = NodeScript.run("gexf", out.resolve("gexf/claimgraph.gexf"));
        assertEquals("1.3", r.get("version").getAsString().value());
        assertEquals(22, r.get("nodes").getAsNumber().value().intValue());
        assertEquals(25, r.get("edges").getAsNumber().value().intValue());
        JsonObject c1 = r.get("attributes").getAsObject().get("claim/c1").getAsObject();
        assertEquals("rgb(198,40,40)", c1.get("color").getAsString().value(), "viz:color of ❌");
        assertEquals(4, c1.get("degree").getAsNumber().value().intValue());
        double big = c1.get("size").getAsNumber().value().doubleValue();
        double small = r.get("attributes")
                .getAsObject()
                .get("claim/c3")
                .getAsObject()
                .get("size")
                .getAsNumber()
                .value()
                .doubleValue();
        assertTrue(small < big, "viz:size grows with degree (c3 has degree 2, c1 degree 4)");
        assertEquals(
                "unverifiable",
                r.get("attributes")
                        .getAsObject()
                        .get("claim/c2")
                        .getAsObject()
                        .get("statuses")
                        .getAsArray()
                        .get(1)
                        .getAsString()
                        .value(),
                "liststring read as a list");
    }

    @Test
    void grayMatterReadsEveryNoteAndEveryWikilinkResolves() throws Exception {
        NodeScript.assumeAvailable();
        JsonObject r = NodeScript.run("vault", out.resolve("obsidian"));
        assertEquals(18, r.get("notes").getAsNumber().value().intValue());
        assertEquals(
                0,
                r.get("frontmatterErrors").getAsArray().size(),
                r.get("frontmatterErrors").toString());
        assertEquals(0, r.get("dangling").getAsArray().size(), r.get("dangling").toString());
        assertTrue(r.get("links").getAsNumber().value().intValue() > 50);
        assertEquals(
                "Tools/Kubernetes.md",
                r.get("aliasTargets").getAsObject().get("k8s").getAsString().value());
        JsonObject c1 = r.get("frontmatter")
                .getAsObject()
                .get("Claims/K3s 内存占用约 512 MB c6a0d5.md")
                .getAsObject();
        assertEquals(12, c1.get("first-line").getAsNumber().value().intValue(), "number property");
        assertEquals(
                "2025-09-30",
                c1.get("updated").getAsObject().get("date").getAsString().value(),
                "date property");
        assertEquals(
                "[[K3s]]", c1.get("tools").getAsArray().get(0).getAsString().value(), "quoted link in a list property");
        assertEquals(
                "[[部署笔记 K8s-K3s#性能 对比 实测]]", c1.get("section").getAsString().value());
        assertTrue(c1.get("tags").getAsArray().toString().contains("status/unverifiable"));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(
            strings = {
                "claims",
                "claims,tools",
                "notes,claims",
                "sections,claims,statuses",
                "tools,versions",
                "notes,sections",
                "notes,claims,versions"
            })
    void everyProjectionGivesAVaultWithoutDanglingLinks(String include) throws Exception {
        NodeScript.assumeAvailable();
        Path vault = out.resolve("vault-" + include.replace(',', '-'));
        Exporters.write(ExportFormat.OBSIDIAN, ds, NodeKind.parse(include), vault);
        JsonObject r = NodeScript.run("vault", vault);
        assertEquals(
                0,
                r.get("frontmatterErrors").getAsArray().size(),
                r.get("frontmatterErrors").toString());
        assertEquals(0, r.get("dangling").getAsArray().size(), include + ": " + r.get("dangling"));
        JsonObject c = NodeScript.run("canvas", vault);
        assertEquals(0, c.get("problems").getAsArray().size(), include + ": " + c.get("problems"));
    }

    @Test
    void canvasesAreValidAndLaidOut() throws Exception {
        NodeScript.assumeAvailable();
        JsonObject r = NodeScript.run("canvas", out.resolve("obsidian"));
        assertEquals(2, r.get("canvases").getAsNumber().value().intValue());
        assertEquals(0, r.get("problems").getAsArray().size(), r.get("problems").toString());
        // note aaaa: source + 4 groups (top, 3 sections) + 4 claims + 4 tools (k8s, k3s, crun, wasmedge) = 13;
        // note bbbb: source + 1 group + 1 claim + 1 tool (k3s) = 4
        assertEquals(17, r.get("nodes").getAsNumber().value().intValue());
        // edges: aaaa 4 source→group + 5 claim→tool; bbbb 1 + 1
        assertEquals(11, r.get("edges").getAsNumber().value().intValue());
    }

    @Test
    void neo4jIdsAreConsistent() throws Exception {
        NodeScript.assumeAvailable();
        JsonObject r = NodeScript.run("neo4j", out.resolve("neo4j"));
        assertEquals(22, r.get("nodes").getAsNumber().value().intValue());
        assertEquals(25, r.get("relationships").getAsNumber().value().intValue());
        assertEquals(0, r.get("missing").getAsArray().size(), r.get("missing").toString());
        assertEquals(0, r.get("duplicateIds").getAsArray().size());
        assertEquals(0, r.get("badWidth").getAsArray().size());
        assertEquals(
                6,
                r.get("types")
                        .getAsObject()
                        .get("ABOUT_TOOL")
                        .getAsNumber()
                        .value()
                        .intValue());
        String header = r.get("header").toString();
        for (String col : new String[] {
            "\"id:ID\"",
            "\":LABEL\"",
            "\"firstLine:long\"",
            "\"updated:date\"",
            "\"maturity:double\"",
            "\"statuses:string[]\"",
            "\"status\"",
            "\"kind\"",
            "\"label\""
        }) {
            assertTrue(header.contains(col), col + " missing from " + header);
        }
        assertEquals(
                "[ \":START_ID\" , \":END_ID\" , \":TYPE\" , \"label\" ]",
                r.get("relationshipHeader").toString().replaceAll("\\s+", " "));
    }

    @Test
    void cytoscapeElementsAreComplete() throws IOException {
        JsonObject cy = org.apache.jena.atlas.json.JSON.read(
                out.resolve("cytoscape/claimgraph.cyjs").toString());
        var nodes = cy.get("elements").getAsObject().get("nodes").getAsArray();
        var edges = cy.get("elements").getAsObject().get("edges").getAsArray();
        assertEquals(22, nodes.size());
        assertEquals(25, edges.size());
        java.util.Set<String> ids = new java.util.HashSet<>();
        nodes.forEach(n -> ids.add(n.getAsObject()
                .get("data")
                .getAsObject()
                .get("id")
                .getAsString()
                .value()));
        edges.forEach(e -> {
            JsonObject d = e.getAsObject().get("data").getAsObject();
            assertTrue(ids.contains(d.get("source").getAsString().value())
                    && ids.contains(d.get("target").getAsString().value()));
        });
        JsonObject c1 = nodes.get(0).getAsObject().get("data").getAsObject();
        assertEquals("claim/c1", c1.get("id").getAsString().value());
        assertEquals("#c62828", c1.get("color").getAsString().value());
    }

    @Test
    void jsonldExpandsToTheSameQuadCountAsJena() throws Exception {
        NodeScript.assumeAvailable();
        long jena = Txn.calculateRead(ds, () -> count(ds.asDatasetGraph()));
        JsonObject r =
                NodeScript.run("jsonld", out.resolve("jsonld/claimgraph.jsonld"), Path.of("ontology/context.jsonld"));
        assertEquals(jena, r.get("quads").getAsNumber().value().longValue());
    }

    @Test
    void n3ParsesJenasTriG() throws Exception {
        NodeScript.assumeAvailable();
        Path trig = out.resolve("dataset.trig");
        long jena = Txn.calculateRead(ds, () -> {
            try (OutputStream o = Files.newOutputStream(trig)) {
                RDFDataMgr.write(o, ds, Lang.TRIG);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return count(ds.asDatasetGraph());
        });
        JsonObject r = NodeScript.run("rdf", trig);
        assertEquals(jena, r.get("quads").getAsNumber().value().longValue());
    }

    @Test
    void jenaReadsOurJsonLdBackIsomorphic() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        JsonLdWriter.write(ds, true, b);
        Dataset back = DatasetFactory.createTxnMem();
        RDFParser.source(new ByteArrayInputStream(b.toByteArray()))
                .lang(Lang.JSONLD)
                .parse(back);
        Txn.executeRead(ds, () -> {
            assertEquals(count(ds.asDatasetGraph()), count(back.asDatasetGraph()));
            assertTrue(
                    IsoMatcher.isomorphic(ds.asDatasetGraph(), back.asDatasetGraph()),
                    "round trip through JSON-LD changes the data");
        });
    }

    static long count(DatasetGraph dsg) {
        long n = 0;
        var it = dsg.find();
        while (it.hasNext()) {
            it.next();
            n++;
        }
        return n;
    }
}
