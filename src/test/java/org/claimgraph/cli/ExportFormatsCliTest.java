package org.claimgraph.cli;

import static org.claimgraph.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code claimgraph export FORMAT} for the graph formats, in-process on the bundled examples. */
class ExportFormatsCliTest {
    @TempDir
    Path tmp;

    @Test
    void helpListsEveryFormat() {
        CliRun r = run("export", "--help");
        assertEquals(0, r.exit());
        for (String f : new String[] {"obsidian", "canvas", "graphml", "gexf", "neo4j", "cytoscape", "jsonld"}) {
            assertTrue(r.out().contains(f), f + " missing from: " + r.out());
        }
        CliRun g = run("export", "graphml", "--help");
        assertTrue(
                g.out().contains("--include")
                        && g.out().contains("--db")
                        && g.out().contains("--out"),
                g.out());
    }

    @Test
    void exportsTheExamples() throws Exception {
        Path graphml = tmp.resolve("g/examples.graphml");
        CliRun r = run(
                "export", "graphml", "--docs", "examples", "--out", graphml.toString(), "--include", "claims,tools");
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.readString(graphml).contains("<graphml"), "GraphML written");
        assertTrue(r.err().contains("graphml: "), r.err());

        Path vault = tmp.resolve("vault");
        CliRun v = run("export", "obsidian", "--docs", "examples", "--out", vault.toString());
        assertEquals(0, v.exit(), v.err());
        assertTrue(Files.isDirectory(vault.resolve("Claims")) && Files.isDirectory(vault.resolve("Canvas")));
        CliRun again = run("export", "obsidian", "--docs", "examples", "--out", vault.toString());
        assertTrue(again.err().contains(" 0 written"), again.err());
    }

    @Test
    void exportsFromATdb2Database() throws Exception {
        Path db = tmp.resolve("db");
        CliRun i = run("ingest", "examples", "--db", db.toString());
        assertTrue(
                i.exit() == 0 || i.exit() == Main.EXIT_PARTIAL,
                i.err()); // an example has a deliberate half-written block
        Path dir = tmp.resolve("neo4j");
        CliRun r = run("export", "neo4j", "--db", db.toString(), "--out", dir.toString());
        assertEquals(0, r.exit(), r.err());
        String nodes = Files.readString(dir.resolve("nodes.csv"));
        assertTrue(nodes.startsWith("\"id:ID\",\":LABEL\""), nodes.substring(0, 40));
        assertTrue(nodes.lines().count() > 10, "the examples hold claims and tools");
    }

    @Test
    void jsonldWithAnInlineContextReadsOffline() throws Exception {
        Path file = tmp.resolve("x.jsonld");
        CliRun r = run("export", "jsonld", "--docs", "examples", "--out", file.toString(), "--inline-context");
        assertEquals(0, r.exit(), r.err());
        String json = Files.readString(file);
        assertTrue(
                json.contains("\"@context\": {") && json.contains("\"cgid\": \"https://w3id.org/claimgraph/id/\""),
                json.substring(0, 200));
        org.apache.jena.query.Dataset back = org.apache.jena.query.DatasetFactory.createTxnMem();
        org.apache.jena.riot.RDFParser.source(file)
                .lang(org.apache.jena.riot.Lang.JSONLD)
                .parse(back);
        assertTrue(back.asDatasetGraph().find().hasNext(), "Jena reads it without fetching the context");
    }

    @Test
    void unknownKindIsAUsageError() {
        CliRun r = run(
                "export",
                "gexf",
                "--docs",
                "examples",
                "--out",
                tmp.resolve("x.gexf").toString(),
                "--include",
                "claims,widgets");
        assertEquals(Main.EXIT_USAGE, r.exit());
        assertTrue(r.err().contains("widgets"), r.err());
    }

    @Test
    void aMissingDatabaseIsReported() {
        CliRun r = run(
                "export",
                "neo4j",
                "--db",
                tmp.resolve("none").toString(),
                "--out",
                tmp.resolve("n").toString());
        assertEquals(Main.EXIT_FAILED, r.exit());
        assertTrue(r.err().contains("no claimgraph database"), r.err());
    }
}
