package org.claimgraph.cli;

import static org.claimgraph.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.shacl.vocabulary.SHACLM;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.store.Stores;
import org.claimgraph.validate.Audit;
import org.claimgraph.validate.AuditGraph;
import org.claimgraph.validate.ShapesLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate} and {@code audit} end to end on the bundled examples, in-process. */
class ValidateAuditCommandTest {
    @Test
    void validatePrintsAStandardReportAndExitCodeFollowsFailOn() {
        CliRun ttl = run("validate", "--docs", "examples", "--format", "ttl", "--as-of", "2025-11-20");
        Model m = ModelFactory.createDefaultModel();
        m.read(new StringReader(ttl.out()), null, "TTL");
        assertTrue(m.contains(null, RDF.type, SHACLM.ValidationReport), ttl.out());
        // examples/ci-pipeline.md has three annotated claims whose block has no 验证性 line (the BuildKit
        // version at line 85 and the half-written Argo CD block, lines 154 and 158): claim-without-status violations
        assertEquals(
                3,
                m.listSubjectsWithProperty(SHACLM.resultSeverity, SHACLM.Violation)
                        .toList()
                        .size(),
                ttl.out());
        assertEquals(1, ttl.exit(), "violations and the default --fail-on violation");
        CliRun info = run("validate", "--docs", "examples", "--fail-on", "info", "--as-of", "2025-11-20");
        assertEquals(1, info.exit(), info.out() + info.err());
        assertTrue(info.out().contains("result(s); conforms: false"), info.out());
    }

    /** Notes written here, so the severities they produce are known from the shapes, not read off a run. */
    @Test
    void exitCodeFollowsFailOnSeverity(@TempDir Path tmp) throws Exception {
        // the only claim is marked ❌ 无法验证 in a complete block: warnings (unverifiable-claim), no violation
        Path warn = Files.createDirectories(tmp.resolve("warn"));
        Files.writeString(warn.resolve("w.md"), org.claimgraph.testing.EdgeNotes.UNVERIFIABLE);
        assertEquals(
                0,
                run("validate", "--docs", warn.toString(), "--as-of", "2025-11-20")
                        .exit());
        CliRun w = run("validate", "--docs", warn.toString(), "--as-of", "2025-11-20", "--fail-on", "warning");
        assertEquals(1, w.exit(), w.out() + w.err());
        assertTrue(w.out().contains("[unverifiable-claim]"), w.out());
        // a note with no annotation at all: no result at any severity
        Path plain = Files.createDirectories(tmp.resolve("plain"));
        Files.writeString(plain.resolve("p.md"), "# 纯文本\n\n没有标注的一段话。\n");
        CliRun p = run("validate", "--docs", plain.toString(), "--as-of", "2025-11-20", "--fail-on", "info");
        assertEquals(0, p.exit(), p.out() + p.err());
        assertTrue(p.out().contains("0 result(s); conforms: true"), p.out());
    }

    @Test
    void validateJsonIsJsonLd() {
        CliRun json = run("validate", "--docs", "examples", "--format", "json");
        assertTrue(json.out().trim().startsWith("{") && json.out().contains("ValidationReport"), json.out());
    }

    @Test
    void badShapesFolderIsAUsageError() {
        CliRun r = run("validate", "--docs", "examples", "--shapes", "no/such/dir");
        assertEquals(Main.EXIT_USAGE, r.exit());
        assertTrue(r.err().contains("no/such/dir"), r.err());
    }

    @Test
    void auditWritesSelfContainedHtml(@TempDir Path tmp) throws Exception {
        Path html = tmp.resolve("audit.html");
        CliRun r = run(
                "audit", "--docs", "examples", "--as-of", "2025-11-20", "--format", "html", "--out", html.toString());
        assertEquals(0, r.exit(), r.err());
        String s = Files.readString(html);
        assertTrue(
                s.startsWith("<!DOCTYPE html>") && s.contains("<svg") && s.contains("Coverage"),
                s.substring(0, Math.min(400, s.length())));
        assertFalse(s.contains("<script") || s.contains("<link") || s.contains("src=\"http"), "no network resources");
    }

    @Test
    void auditWithDbStoresQueryableFindings(@TempDir Path tmp) {
        Path db = tmp.resolve("db");
        // exit 1: the examples deliberately contain a half-written block (ci-pipeline.md:156, ingested and flagged)
        assertEquals(
                Main.EXIT_PARTIAL,
                run("ingest", "--db", db.toString(), "examples").exit());
        CliRun md = run("audit", "--db", db.toString(), "--as-of", "2025-11-20");
        assertEquals(0, md.exit(), md.err());
        assertTrue(md.out().contains("# claimgraph audit") && md.out().contains("## Findings"), md.out());
        CliRun q = run("query", "queries/audit-findings.rq", "--db", db.toString(), "--format", "csv");
        assertEquals(0, q.exit(), q.err());
        String[] lines = q.out().strip().split("\\R");
        assertEquals("severity,rule,note,line,message", lines[0].strip());
        assertTrue(lines.length > 1, q.out());
        // replaced, not appended, on a second run
        run("audit", "--db", db.toString(), "--as-of", "2025-11-20");
        CliRun q2 = run("query", "queries/audit-findings.rq", "--db", db.toString(), "--format", "csv");
        assertEquals(lines.length, q2.out().strip().split("\\R").length);
        for (String rq : new String[] {"stale-claims", "verified-without-url", "performance-without-environment"}) {
            CliRun r = run("query", "queries/" + rq + ".rq", "--db", db.toString(), "--format", "csv");
            assertEquals(0, r.exit(), rq + ": " + r.err());
        }
    }

    /**
     * audit --db releases the database while it validates and writes the audit graph afterwards in a
     * transaction of its own: a run that fails after the store was read (here: shapes whose SPARQL does
     * not parse, found once the data graph is built) leaves the last run's audit graph as it was, and
     * the database opens and audits again.
     */
    @Test
    void failedAuditKeepsTheStoredAuditGraph(@TempDir Path tmp) throws Exception {
        Path db = tmp.resolve("db");
        run("ingest", "--db", db.toString(), "examples");
        assertEquals(
                0, run("audit", "--db", db.toString(), "--as-of", "2025-11-20").exit());
        List<String> before = auditQuads(db);
        assertTrue(before.size() > 100, "an audit graph was stored: " + before.size());

        Path bad = Files.createDirectories(tmp.resolve("bad-shapes"));
        Files.writeString(bad.resolve("broken.ttl"), """
                @prefix sh: <http://www.w3.org/ns/shacl#> .
                @prefix ex: <http://example.org/> .
                ex:Broken a sh:NodeShape ;
                    sh:targetSubjectsOf ex:p ;
                    sh:sparql [ sh:select "SELECT $this WHERE { $this ex:p ?o " ] .
                """);
        CliRun failed = run("audit", "--db", db.toString(), "--as-of", "2025-12-01", "--shapes", bad.toString());
        assertEquals(Main.EXIT_FAILED, failed.exit(), failed.err());
        assertFalse(failed.err().contains("validated "), "it failed before validating: " + failed.err());
        assertEquals(before, auditQuads(db), "the audit graph of the last run is kept");

        CliRun again = run("audit", "--db", db.toString(), "--as-of", "2025-11-20");
        assertEquals(0, again.exit(), again.err());
        assertEquals(before, auditQuads(db), "the same audit again (the run's timestamp aside)");
    }

    /** The audit graph's quads as sorted N-Quads lines, blank nodes and the run's time blanked out. */
    private static List<String> auditQuads(Path db) {
        Dataset ds = Stores.tdb2Existing(db);
        try {
            return Txn.calculateRead(ds, () -> {
                List<String> lines = new java.util.ArrayList<>();
                ds.asDatasetGraph().find(AuditGraph.NAME, null, null, null).forEachRemaining(q -> {
                    String o = q.getObject().isLiteral()
                                    && q.getObject().getLiteralDatatypeURI().endsWith("#dateTime")
                            ? "DATETIME"
                            : q.getObject().isBlank() ? "_" : q.getObject().toString();
                    lines.add((q.getSubject().isBlank() ? "_" : q.getSubject().toString()) + " " + q.getPredicate()
                            + " " + o);
                });
                java.util.Collections.sort(lines);
                return lines;
            });
        } finally {
            Stores.release(ds);
        }
    }

    @Test
    void validateOneNoteAgainstTheStore(@TempDir Path tmp) throws Exception {
        Path db = tmp.resolve("db");
        Path notes = tmp.resolve("notes");
        Files.createDirectories(notes);
        Files.copy(Path.of("examples/ci-pipeline.md"), notes.resolve("ci-pipeline.md"));
        Files.copy(Path.of("examples/postgres-ha.md"), notes.resolve("postgres-ha.md"));
        assertTrue(run("ingest", "--db", db.toString(), notes.toString()).exit() <= Main.EXIT_PARTIAL);
        CliRun full = run("validate", "--db", db.toString(), "--as-of", "2025-11-20");
        assertTrue(full.err().contains("validated 2 notes in "), full.err());
        CliRun audit = run("audit", "--db", db.toString(), "--as-of", "2025-11-20");
        assertTrue(audit.err().contains("validated 2 notes in "), audit.err());

        // the edited file: its ✅ publicly verifiable claim becomes ❌ unverifiable; the store is not touched
        Path note = notes.resolve("ci-pipeline.md");
        String text = Files.readString(note);
        long stored = storedUnverifiable(db);
        assertTrue(stored >= 1, "the example has a ❌ claim");
        Files.writeString(note, text.replace("**验证性**: ✅ 公开可验证", "**验证性**: ❌ 无法验证"));
        CliRun one = run(
                "validate",
                "--db",
                db.toString(),
                "--note",
                note.toString(),
                "--as-of",
                "2025-11-20",
                "--fail-on",
                "warning");
        assertEquals(1, one.exit(), one.out() + one.err());
        assertTrue(one.err().contains("validated 1 note in "), one.err());
        assertTrue(one.out().contains("finding(s) in ci-pipeline.md"), one.out());
        long unverifiable = one.out()
                .lines()
                .filter(l -> l.startsWith("ci-pipeline.md:") && l.contains("[unverifiable-claim]"))
                .count();
        assertTrue(unverifiable > stored, "the edit adds ❌ findings: " + one.out());
        assertFalse(one.out().contains("postgres-ha.md:"), "only the note's own findings: " + one.out());
        assertEquals(stored, storedUnverifiable(db), "nothing written: the store keeps the audit of the unedited note");
    }

    /**
     * {@code ingest} into a store with an audit graph re-validates the changed note in its write
     * transaction: the summary says so, the unchanged note is skipped, and the stored audit graph
     * equals a full audit of the new store.
     */
    @Test
    void ingestKeepsTheStoredAuditCurrent(@TempDir Path tmp) throws Exception {
        Path db = tmp.resolve("db");
        Path notes = Files.createDirectories(tmp.resolve("notes"));
        Files.copy(Path.of("examples/ci-pipeline.md"), notes.resolve("ci-pipeline.md"));
        Files.copy(Path.of("examples/postgres-ha.md"), notes.resolve("postgres-ha.md"));
        CliRun first = run("ingest", "--db", db.toString(), notes.toString());
        assertFalse(first.out().contains("re-validated"), "no audit graph yet: " + first.out());
        assertEquals(0, run("audit", "--db", db.toString()).exit()); // today's date, as the live audit uses
        long stored = storedUnverifiable(db);

        Path note = notes.resolve("ci-pipeline.md");
        Files.writeString(note, Files.readString(note).replace("**验证性**: ✅ 公开可验证", "**验证性**: ❌ 无法验证"));
        CliRun again = run("ingest", "--db", db.toString(), notes.toString());
        assertTrue(again.out().contains("unchanged:          1"), again.out());
        assertTrue(again.out().contains("re-validated 1 note in "), again.out());
        assertTrue(storedUnverifiable(db) > stored, "the ❌ claims are in the stored audit");
        Dataset ds = Stores.tdb2Existing(db);
        try {
            Graph kept = Txn.calculateRead(ds, () -> copy(ds.asDatasetGraph().getGraph(AuditGraph.NAME)));
            Graph full = Audit.toGraph(Audit.run(ds, ShapesLoader.defaultShapesGraph(), LocalDate.now(), "en"));
            assertTrue(
                    full.isIsomorphicWith(kept),
                    "the kept audit graph equals a full audit (sizes " + full.size() + " / " + kept.size() + ")");
        } finally {
            ds.close();
        }
        CliRun same = run("ingest", "--db", db.toString(), notes.toString());
        assertTrue(
                same.out().contains("unchanged:          2") && same.out().contains("re-validated 0 notes in 0 ms"),
                same.out());
    }

    private static Graph copy(Graph g) {
        Graph c = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(c::add);
        return c;
    }

    private static long storedUnverifiable(Path db) {
        CliRun query = run("query", "queries/audit-findings.rq", "--db", db.toString(), "--format", "csv");
        return query.out()
                .lines()
                .filter(l -> l.contains("unverifiable-claim") && l.contains("ci-pipeline.md"))
                .count();
    }
}
