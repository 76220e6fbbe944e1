package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.shacl.vocabulary.SHACLM;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code validate} and {@code audit} end to end on the bundled examples, in-process. */
class ValidateAuditCommandTest {
    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter(), err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void validatePrintsAStandardReportAndExitCodeFollowsFailOn() {
        Run ttl = run("validate", "--docs", "examples", "--format", "ttl", "--as-of", "2025-11-20");
        Model m = ModelFactory.createDefaultModel();
        m.read(new StringReader(ttl.out()), null, "TTL");
        assertTrue(m.contains(null, RDF.type, SHACLM.ValidationReport), ttl.out());
        boolean anyResult = m.contains(null, RDF.type, SHACLM.ValidationResult);
        Run info = run("validate", "--docs", "examples", "--fail-on", "info", "--as-of", "2025-11-20");
        assertEquals(anyResult ? 1 : 0, info.code(), info.out() + info.err());
        assertTrue(info.out().contains("result(s); conforms:"), info.out());
        boolean violations = m.listSubjectsWithProperty(SHACLM.resultSeverity, SHACLM.Violation).hasNext();
        Run def = run("validate", "--docs", "examples", "--as-of", "2025-11-20");
        assertEquals(violations ? 1 : 0, def.code());
    }

    @Test
    void validateJsonIsJsonLd() {
        Run json = run("validate", "--docs", "examples", "--format", "json");
        assertTrue(json.out().trim().startsWith("{") && json.out().contains("ValidationReport"), json.out());
    }

    @Test
    void badShapesFolderIsAUsageError() {
        Run r = run("validate", "--docs", "examples", "--shapes", "no/such/dir");
        assertEquals(Main.EXIT_USAGE, r.code());
        assertTrue(r.err().contains("no/such/dir"), r.err());
    }

    @Test
    void auditWritesSelfContainedHtml(@TempDir Path tmp) throws Exception {
        Path html = tmp.resolve("audit.html");
        Run r = run("audit", "--docs", "examples", "--as-of", "2025-11-20", "--format", "html", "--out", html.toString());
        assertEquals(0, r.code(), r.err());
        String s = Files.readString(html);
        assertTrue(s.startsWith("<!DOCTYPE html>") && s.contains("<svg") && s.contains("Coverage"), s.substring(0, Math.min(400, s.length())));
        assertFalse(s.contains("<script") || s.contains("<link") || s.contains("src=\"http"), "no network resources");
    }

    @Test
    void auditWithDbStoresQueryableFindings(@TempDir Path tmp) {
        Path db = tmp.resolve("db");
        // exit 1 is fine: the examples deliberately contain a half-written block (ingested and flagged)
        assertTrue(run("ingest", "--db", db.toString(), "examples").code() <= Main.EXIT_PARTIAL);
        Run md = run("audit", "--db", db.toString(), "--as-of", "2025-11-20");
        assertEquals(0, md.code(), md.err());
        assertTrue(md.out().contains("# claimgraph audit") && md.out().contains("## Findings"), md.out());
        Run q = run("query", "queries/audit-findings.rq", "--db", db.toString(), "--format", "csv");
        assertEquals(0, q.code(), q.err());
        String[] lines = q.out().strip().split("\\R");
        assertEquals("severity,rule,note,line,message", lines[0].strip());
        assertTrue(lines.length > 1, q.out());
        // replaced, not appended, on a second run
        run("audit", "--db", db.toString(), "--as-of", "2025-11-20");
        Run q2 = run("query", "queries/audit-findings.rq", "--db", db.toString(), "--format", "csv");
        assertEquals(lines.length, q2.out().strip().split("\\R").length);
        for (String rq : new String[] {"stale-claims", "verified-without-url", "performance-without-environment"}) {
            Run r = run("query", "queries/" + rq + ".rq", "--db", db.toString(), "--format", "csv");
            assertEquals(0, r.code(), rq + ": " + r.err());
        }
    }
}
