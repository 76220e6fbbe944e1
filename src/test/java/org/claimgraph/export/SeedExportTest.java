package org.claimgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.claimgraph.store.NotePipeline;
import org.claimgraph.store.Stores;
import org.claimgraph.testing.Needs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The user's real note through ingest and the vault export (skipped when the seed folder is
 * absent). Expected versions were read off the note by hand: K3s 1.30 and 1.30.4+k3s1, WasmEdge
 * 0.14 and 0.14.x, Gatekeeper 3.15, crun 1.8.5, runwasi 0.4.0; the note states no OPA version.
 */
class SeedExportTest {
    static Dataset ds;

    @TempDir
    static Path out;

    static Path vault;
    static JsonObject vaultCheck; // one run of the node vault check, shared

    private static JsonObject vaultCheck() throws Exception {
        NodeScript.assumeAvailable();
        if (vaultCheck == null) {
            vaultCheck = NodeScript.run("vault", vault);
        }
        return vaultCheck;
    }

    /** Once per class, but in {@code @BeforeEach} so a missing seed is counted per test (Prerequisites). */
    @BeforeEach
    void ingestAndExport() throws IOException {
        Path seeds = Needs.seeds();
        if (ds != null) return;
        Dataset d = Stores.inMemory();
        List<Path> files;
        try (Stream<Path> s = Files.list(seeds)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        NotePipeline.of(d).ingest(files);
        vault = out.resolve("vault");
        Exporters.write(ExportFormat.OBSIDIAN, d, NodeKind.all(), vault);
        Exporters.write(ExportFormat.GRAPHML, d, NodeKind.all(), out.resolve("seed.graphml"));
        Exporters.write(ExportFormat.JSONLD, d, NodeKind.all(), out.resolve("seed.jsonld"));
        ds = d; // only once everything is written: a failure here fails every test, not just the first
    }

    @Test
    void jsonldAndTrigOfTheSeedReadByN3AndJsonldWithJenasQuadCount() throws Exception {
        NodeScript.assumeAvailable();
        Path trig = out.resolve("seed.trig");
        long jena = Txn.calculateRead(ds, () -> {
            Dataset stored = Stores.asStored(ds);
            try (java.io.OutputStream o = Files.newOutputStream(trig)) {
                org.apache.jena.riot.RDFDataMgr.write(o, stored, org.apache.jena.riot.Lang.TRIG);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return InteropTest.count(stored.asDatasetGraph());
        });
        assertEquals(
                jena,
                NodeScript.run("rdf", trig).get("quads").getAsNumber().value().longValue(),
                "n3 on TriG");
        assertEquals(
                jena,
                NodeScript.run("jsonld", out.resolve("seed.jsonld"), Path.of("ontology/context.jsonld"))
                        .get("quads")
                        .getAsNumber()
                        .value()
                        .longValue(),
                "jsonld.js on our JSON-LD");
    }

    private static List<String> select(String sparql, String var) {
        return Txn.calculateRead(ds, () -> {
            List<String> rows = new ArrayList<>();
            try (QueryExecution qe =
                    QueryExecution.create().query(sparql).dataset(ds).build()) {
                qe.execSelect().forEachRemaining(r -> rows.add(r.get(var).toString()));
            }
            return rows;
        });
    }

    /** Vault notes by their claimgraph-id frontmatter value. */
    private static Map<String, Path> notesById() throws IOException {
        Map<String, Path> byId = new java.util.HashMap<>();
        try (Stream<Path> s = Files.walk(vault)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".md")).toList()) {
                for (String line : Files.readAllLines(p)) {
                    if (line.startsWith(FrontMatter.MARKER + ": ")) {
                        byId.put(line.substring(FrontMatter.MARKER.length() + 3, line.length() - 1), p);
                        break;
                    }
                }
            }
        }
        return byId;
    }

    @Test
    void everyUnverifiableClaimIsInTheVaultWithItsTag() throws IOException {
        List<String> unverifiable = select("""
                PREFIX cg: <https://w3id.org/claimgraph/ontology#>
                SELECT DISTINCT ?c WHERE { ?c cg:hasProvenance/cg:hasStatusAssertion/cg:status cg:Unverifiable }""", "c");
        assertFalse(unverifiable.isEmpty(), "the seed has ❌ claims");
        Map<String, Path> byId = notesById();
        for (String iri : unverifiable) {
            Path note = byId.get(iri);
            assertTrue(note != null, "no vault note for ❌ claim " + iri);
            String text = Files.readString(note);
            assertTrue(text.contains("\n  - \"status/unverifiable\"\n"), note + " lacks the tag status/unverifiable");
            assertTrue(text.contains("❌"), note + " does not show the status");
        }
        String index = Files.readString(vault.resolve("Index/状态 无法验证.md"));
        assertEquals(
                unverifiable.size(),
                index.lines().filter(l -> l.startsWith("- ❌ [[")).count(),
                "status index lists each once");
    }

    @Test
    void jenaReadsTheSeedJsonLdBackIsomorphic() throws IOException {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        JsonLdWriter.write(ds, true, b);
        Dataset back = org.apache.jena.query.DatasetFactory.createTxnMem();
        org.apache.jena.riot.RDFParser.source(new java.io.ByteArrayInputStream(b.toByteArray()))
                .lang(org.apache.jena.riot.Lang.JSONLD)
                .parse(back);
        Txn.executeRead(
                ds,
                () -> assertTrue(
                        org.apache.jena.sparql.util.IsoMatcher.isomorphic(
                                Stores.asStored(ds).asDatasetGraph(), back.asDatasetGraph()),
                        "JSON-LD round trip changes the seed dataset"));
    }

    @Test
    void aSecondIngestOfTheSeedExportsTheSameBytes() throws IOException {
        Dataset again = Stores.inMemory();
        try (Stream<Path> s = Files.list(Needs.seeds())) {
            NotePipeline.of(again)
                    .ingest(s.filter(Files::isRegularFile).sorted().toList());
        }
        for (ExportFormat f : ExportFormat.values()) {
            java.io.ByteArrayOutputStream a = new java.io.ByteArrayOutputStream();
            java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
            Exporters.write(f, ds, NodeKind.all(), a);
            Exporters.write(f, again, NodeKind.all(), b);
            org.junit.jupiter.api.Assertions.assertArrayEquals(
                    a.toByteArray(), b.toByteArray(), f + " differs between two ingests");
        }
    }

    @Test
    void toolNotesExistWithTheirVersions() throws IOException {
        Map<String, List<String>> expected = Map.of(
                "K3s", List.of("1.30", "1.30.4+k3s1"),
                "WasmEdge", List.of("0.14", "0.14.x"),
                "OPA", List.of(),
                "Gatekeeper", List.of("3.15"),
                "crun", List.of("1.8.5"),
                "containerd-shim-runwasi", List.of("0.4.0"));
        for (Map.Entry<String, List<String>> e : expected.entrySet()) {
            Path note = vault.resolve("Tools/" + e.getKey() + ".md");
            assertTrue(Files.isRegularFile(note), "no tool note " + note.getFileName());
            String text = Files.readString(note);
            for (String v : e.getValue()) {
                assertTrue(text.contains("- 版本号 / version: `" + v + "`"), e.getKey() + " note lacks version " + v);
                assertTrue(
                        text.contains("[[" + e.getKey() + "#" + e.getKey() + " "), e.getKey() + " versions property");
            }
        }
    }

    @Test
    void theK8sAliasResolvesToTheKubernetesNote() throws Exception {
        List<String> aliases = select("""
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT ?a WHERE { <https://w3id.org/claimgraph/id/tool/kubernetes> skos:altLabel ?a }""", "a");
        assertFalse(aliases.isEmpty(), "the mapping writes no skos:altLabel for Kubernetes (rdf.ToolAliases)");
        JsonObject r = vaultCheck();
        assertEquals(
                "Tools/Kubernetes.md",
                r.get("aliasTargets").getAsObject().get("k8s").getAsString().value());
        assertEquals(
                "Tools/containerd-shim-runwasi.md",
                r.get("aliasTargets").getAsObject().get("runwasi").getAsString().value());
    }

    @Test
    void realParsersReadTheSeedVaultAndGraph() throws Exception {
        JsonObject r = vaultCheck();
        assertEquals(
                0,
                r.get("frontmatterErrors").getAsArray().size(),
                r.get("frontmatterErrors").toString());
        assertEquals(0, r.get("dangling").getAsArray().size(), r.get("dangling").toString());
        JsonObject c = NodeScript.run("canvas", vault);
        assertEquals(0, c.get("problems").getAsArray().size(), c.get("problems").toString());
        PropertyGraph g = Projector.project(ds);
        JsonObject gm = NodeScript.run("graphml", out.resolve("seed.graphml"));
        assertEquals(g.nodes().size(), gm.get("nodes").getAsNumber().value().intValue());
        assertEquals(g.edges().size(), gm.get("edges").getAsNumber().value().intValue());
    }
}
