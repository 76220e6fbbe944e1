package org.claimgraph.cli;

import static org.claimgraph.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.claimgraph.rdf.TestNotes;
import org.claimgraph.store.NotePipeline;
import org.claimgraph.store.Stores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands run in-process through {@link Main#commandLine()}. */
class CliTest {
    @TempDir
    Path tmp;

    /** A TDB2 database holding the hand-built note "keep.md". */
    private Path dbWithOneNote() {
        Path db = tmp.resolve("db");
        Dataset ds = Stores.tdb2(db);
        NotePipeline.of(ds).store(TestNotes.small("keep.md"));
        ds.close();
        return db;
    }

    @Test
    void helpListsTheCommands() {
        CliRun r = run("--help");
        assertEquals(0, r.exit());
        for (String c : new String[] {"ingest", "query", "export", "Exit codes"})
            assertTrue(r.out().contains(c), c);
        CliRun e = run("export", "--help");
        assertEquals(0, e.exit());
        assertTrue(e.out().contains("rdf"));
        CliRun i = run("ingest", "--help");
        assertTrue(i.out().contains("--db") && i.out().contains("3"), i.out());
    }

    @Test
    void ingestNeedsAPath() {
        assertEquals(Main.EXIT_USAGE, run("ingest").exit());
    }

    @Test
    void badSparqlIsAUsageErrorWithLineAndColumn() {
        CliRun r = run(
                "query",
                "-e",
                "SELECT ?s WHERE {\n  ?s ?p \n}",
                "--db",
                tmp.resolve("none").toString());
        assertEquals(Main.EXIT_USAGE, r.exit());
        assertTrue(r.err().matches("(?s)error: <-e>:3:1: .*"), r.err());
    }

    @Test
    void commonPrefixesNeedNoDeclaration() {
        Path db = dbWithOneNote();
        CliRun r = run(
                "query",
                "-e",
                "SELECT ?p { ?n a cg:Note ; cg:sourcePath ?p . ?c skos:inScheme cg:VerificationStatusScheme }",
                "--db",
                db.toString(),
                "--format",
                "csv");
        assertEquals(0, r.exit(), r.err());
        assertEquals(6, r.out().strip().split("\r?\n").length, r.out());
    }

    @Test
    void queryOnAMissingDatabaseSaysSo() {
        CliRun r = run(
                "query",
                "-e",
                "SELECT * { ?s ?p ?o }",
                "--db",
                tmp.resolve("none").toString());
        assertEquals(Main.EXIT_FAILED, r.exit());
        assertTrue(r.err().contains("no claimgraph database"), r.err());
    }

    @Test
    void readyQueryFromTheClasspathInEveryFormat() {
        Path db = dbWithOneNote();
        CliRun csv = run("query", "queries/status-counts.rq", "--db", db.toString(), "--format", "csv");
        assertEquals(0, csv.exit(), csv.err());
        String[] lines = csv.out().strip().split("\r?\n");
        assertEquals("status,n", lines[0]);
        assertEquals(6, lines.length, csv.out());
        assertTrue(csv.out().contains("partially-verifiable,1"), csv.out());
        assertTrue(csv.out().contains("unverifiable,1"), csv.out());
        assertTrue(csv.out().contains("verified,0"), csv.out());
        CliRun json = run("query", "status-counts", "--db", db.toString(), "--format", "json");
        assertTrue(json.out().contains("\"vars\"") && json.out().contains("\"status\""), json.out());
        CliRun tsv = run("query", "queries/status-counts.rq", "--db", db.toString(), "--format", "tsv");
        assertTrue(tsv.out().startsWith("?status\t?n"), tsv.out());
        CliRun xml = run("query", "queries/status-counts.rq", "--db", db.toString(), "--format", "xml");
        assertTrue(xml.out().contains("<sparql"), xml.out());
        CliRun table = run("query", "queries/status-counts.rq", "--db", db.toString());
        assertTrue(table.out().contains("| status"), table.out());
    }

    @Test
    void badInputsFailPerFileAndTheDatabaseKeepsItsContent() throws IOException {
        Path db = dbWithOneNote();
        Path notes = Files.createDirectories(tmp.resolve("notes"));
        Files.write(notes.resolve("binary.md"), new byte[] {'#', ' ', 'x', '\n', 0, 1, 2});
        Files.write(notes.resolve("latin1.md"), "# caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        // a line over the 1 Mi-character limit in a note under the 8 MiB note limit (NoteFilesTest covers that one)
        Files.writeString(notes.resolve("huge.md"), "# t\n" + "y".repeat(2 * 1024 * 1024) + "\n");
        CliRun r = run("ingest", notes.toString(), "--db", db.toString(), "--no-progress");
        assertEquals(Main.EXIT_FAILED, r.exit(), "nothing worked: " + r.err());
        assertTrue(r.err().contains("binary.md:2: binary file"), r.err());
        assertTrue(r.err().contains("latin1.md:1: not valid UTF-8"), r.err());
        assertTrue(r.err().contains("huge.md:2: line 2 is"), r.err());
        assertTrue(r.out().contains("notes:              0"), r.out());
        // the previous content is still there
        CliRun q = run(
                "query",
                "-e",
                "PREFIX cg: <https://w3id.org/claimgraph/ontology#> SELECT ?p { ?n cg:sourcePath ?p }",
                "--db",
                db.toString(),
                "--format",
                "csv");
        assertEquals("p\r\nkeep.md", q.out().strip(), q.out());
    }

    @Test
    void someFailedIsExitOne() throws IOException {
        Path notes = Files.createDirectories(tmp.resolve("mixed"));
        Files.writeString(notes.resolve("good.md"), "# 好笔记\n\n一段文字。\n");
        Files.write(notes.resolve("binary.md"), new byte[] {'#', ' ', 'x', '\n', 0, 1, 2});
        Path db = tmp.resolve("db2");
        CliRun r = run("ingest", notes.toString(), "--db", db.toString(), "--no-progress");
        assertEquals(Main.EXIT_PARTIAL, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("notes:              1"), r.out());
        assertTrue(r.err().contains("binary.md"), r.err());
    }

    /**
     * Empty and whitespace-only notes (Obsidian creates 0-byte ones) are notes with no content: stored,
     * replacing what an older version of the note had put in the graph, counted in the summary, exit 0.
     */
    @Test
    void emptyNotesAreStoredAndAreNotFailures() throws IOException {
        Path notes = Files.createDirectories(tmp.resolve("vault"));
        Files.writeString(notes.resolve("good.md"), "# 好笔记\n\n一段文字。\n");
        Files.writeString(notes.resolve("later-empty.md"), "# 旧内容\n\nK3s 支持 1000 节点。\n");
        Path db = tmp.resolve("db-empty");
        assertEquals(
                0,
                run("ingest", notes.toString(), "--db", db.toString(), "--no-progress")
                        .exit());
        Files.write(notes.resolve("later-empty.md"), new byte[0]);
        Files.writeString(notes.resolve("blank.md"), "  \n\t\n\n");
        CliRun r = run("ingest", notes.toString(), "--db", db.toString(), "--no-progress");
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("notes:              3"), r.out());
        assertTrue(r.out().contains("empty notes:        2"), r.out());
        assertEquals("", r.err().strip(), "no failure");
        CliRun q = run(
                "query",
                "-e",
                "PREFIX cg: <https://w3id.org/claimgraph/ontology#> SELECT ?p (COUNT(?c) AS ?n) "
                        + "{ ?note cg:sourcePath ?p OPTIONAL { ?c cg:inNote ?note ; a cg:Claim } } GROUP BY ?p ORDER BY ?p",
                "--db",
                db.toString(),
                "--format",
                "csv");
        assertEquals(
                "p,n\r\nblank.md,0\r\ngood.md,1\r\nlater-empty.md,0",
                q.out().strip(),
                "the old claim of later-empty.md is gone");
    }

    @Test
    void halfWrittenBlockIsReportedWithItsLineAndTheNoteIsStored() throws IOException {
        Path notes = Files.createDirectories(tmp.resolve("half"));
        Files.writeString(
                notes.resolve("half.md"),
                String.join(
                        "\n",
                        "# 半成品",
                        "",
                        "- Docker 镜像约 100 MB。",
                        "",
                        "  <!-- 来源标注 -->",
                        "",
                        "  > **性能数据**：Docker 镜像约 100 MB",
                        "  >",
                        "  > - **来源类型**：内部测试",
                        ""));
        Path db = tmp.resolve("db3");
        CliRun r = run("ingest", notes.toString(), "--db", db.toString(), "--no-progress");
        assertEquals(Main.EXIT_PARTIAL, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains("half.md:5: provenance block half-written"), r.err());
        CliRun q = run(
                "query",
                "-e",
                "PREFIX cg: <https://w3id.org/claimgraph/ontology#> ASK { ?b cg:problem ?p }",
                "--db",
                db.toString());
        assertEquals("true", q.out().strip());
    }

    @Test
    void aFolderThatIsNotADatabaseIsRefused() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("src"));
        Files.writeString(dir.resolve("keep.txt"), "mine");
        CliRun r = run("query", "-e", "ASK {}", "--db", dir.toString());
        assertEquals(Main.EXIT_FAILED, r.exit());
        CliRun i = run("ingest", tmp.toString(), "--db", dir.toString(), "--no-progress");
        assertEquals(Main.EXIT_FAILED, i.exit());
        assertTrue(i.err().contains("not a TDB2 database"), i.err());
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "nothing written into a folder that is not a database");
        }
    }

    @Test
    void exportRdfFormatsParseBack() throws IOException {
        Path db = dbWithOneNote();
        for (String f : new String[] {"trig", "nq", "ttl", "jsonld"}) {
            Path out = tmp.resolve("out." + f);
            CliRun r = run("export", "rdf", "--db", db.toString(), "--format", f, "--out", out.toString());
            assertEquals(0, r.exit(), f + ": " + r.err());
            Dataset back = DatasetFactory.create();
            Lang lang = switch (f) {
                case "trig" -> Lang.TRIG;
                case "nq" -> Lang.NQUADS;
                case "ttl" -> Lang.TURTLE;
                default -> Lang.JSONLD;
            };
            RDFParser.source(out).lang(lang).parse(back);
            long quads = back.asDatasetGraph().stream().count();
            assertTrue(quads > 1000, f + " has the ontology and the note: " + quads);
            assertTrue(Files.readString(out).contains("keep.md"), f);
        }
        CliRun a = run("export", "rdf", "--db", db.toString(), "--format", "nq");
        CliRun b = run("export", "rdf", "--db", db.toString(), "--format", "nq");
        assertEquals(a.out(), b.out(), "N-Quads export is deterministic");
    }
}
