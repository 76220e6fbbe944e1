package org.claimgraph.server;

import static org.claimgraph.server.TestServers.*;
import static org.junit.jupiter.api.Assertions.*;

import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.vocabulary.SHACLM;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.extract.NoteExtractor;
import org.claimgraph.rdf.Iris;
import org.claimgraph.rdf.NoteMapper;
import org.junit.jupiter.api.Test;

/**
 * {@code serve --guard}: a SPARQL Update or Graph Store write that would add a finding of the
 * guard's severity is refused with 422 and the SHACL report, and the store is left exactly as it
 * was (every quad compared); a write that adds none (or only findings below the guard) passes and
 * the stored audit follows it; with the guard off the same write passes and is audited.
 */
class GuardModeTest extends ServedTest {
    /** A claim in a provenance block with no 验证性 line: a claim-without-status violation. */
    static final String VIOLATING = org.claimgraph.testing.EdgeNotes.WITHOUT_STATUS;
    /** The same claim marked ❌ in a complete block: a warning (unverifiable-claim), no violation. */
    static final String WARNING_ONLY = LiveAuditWatchTest.UNVERIFIABLE;

    static final String CLEAN = "# 纯文本\n\n没有标注的一段话。\n";

    void start(String guard) throws Exception {
        Path notes = Files.createDirectories(tmp.resolve("notes"));
        Files.copy(Path.of("examples/postgres-ha.md"), notes.resolve("postgres-ha.md"));
        server = TestServers.start(tmp, o -> {
            o.docs = notes;
            o.ingest = NoteIngest.STORE;
            o.guard = guard;
        });
    }

    static String turtle(String path, String text) {
        StringWriter w = new StringWriter();
        RDFDataMgr.write(w, NoteMapper.map(NoteExtractor.extract(path, text)), Lang.NTRIPLES);
        return w.toString();
    }

    HttpResponse<String> put(String path, String text, String accept) {
        String url = base(server) + "/kg/data?graph=" + enc(Iris.graphIri(path));
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
                .PUT(HttpRequest.BodyPublishers.ofString(turtle(path, text)))
                .header("Content-Type", "application/n-triples")
                .header("Authorization", basic("admin", PASSWORD));
        if (accept != null) b.header("Accept", accept);
        return send(b);
    }

    HttpResponse<String> update(String sparql, String accept) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base(server) + "/kg/update"))
                .POST(HttpRequest.BodyPublishers.ofString(sparql))
                .header("Content-Type", "application/sparql-update")
                .header("Authorization", basic("admin", PASSWORD));
        if (accept != null) b.header("Accept", accept);
        return send(b);
    }

    /** Every quad of the store, as sorted N-Quads lines. */
    List<String> quads() {
        var ds = server.dataset();
        return Txn.calculateRead(ds, () -> {
            List<String> out = new ArrayList<>();
            ds.asDatasetGraph().find().forEachRemaining(q -> out.add(q.toString()));
            out.sort(null);
            return out;
        });
    }

    String audit() {
        return get(base(server) + "/kg/audit", "application/json").body();
    }

    static void assertViolationReport(HttpResponse<String> r) {
        assertEquals(422, r.statusCode(), r.body());
        assertTrue(
                r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"),
                r.headers().toString());
        Model m = ModelFactory.createDefaultModel();
        m.read(new StringReader(r.body()), null, "TTL");
        var report =
                m.listSubjectsWithProperty(RDF.type, SHACLM.ValidationReport).toList();
        assertEquals(1, report.size(), r.body());
        assertFalse(report.get(0).getProperty(SHACLM.conforms).getBoolean(), r.body());
        assertFalse(
                m.listSubjectsWithProperty(SHACLM.resultSeverity, SHACLM.Violation)
                        .toList()
                        .isEmpty(),
                r.body());
        assertTrue(r.body().contains("claim-without-status"), r.body());
        var located = m.listSubjectsWithProperty(
                        m.createProperty(org.claimgraph.validate.CGA.NS + "sourcePath"), "edge.md")
                .toList();
        assertFalse(located.isEmpty(), "a result located in the refused note: " + r.body());
        assertTrue(located.stream().allMatch(x -> x.hasProperty(SHACLM.focusNode)), r.body());
    }

    @Test
    void aWriteAddingAViolationIsRefusedAndLeavesTheStoreUnchanged() throws Exception {
        start("violation");
        assertTrue(audit().contains("postgres-ha.md"), "guard mode stored an audit at start");
        List<String> before = quads();

        assertViolationReport(put("edge.md", VIOLATING, null));
        assertEquals(before, quads(), "Graph Store PUT refused: every quad as it was");

        HttpResponse<String> json = put("edge.md", VIOLATING, "application/json");
        assertEquals(422, json.statusCode(), json.body());
        assertTrue(
                json.body().contains("\"conforms\" : false")
                        && json.body().contains("claim-without-status")
                        && json.body().contains("edge.md"),
                json.body());

        String insert =
                "INSERT DATA { GRAPH <" + Iris.graphIri("edge.md") + "> {\n" + turtle("edge.md", VIOLATING) + "} }";
        assertViolationReport(update(insert, null));
        assertEquals(before, quads(), "SPARQL Update refused: every quad as it was");

        // below the guard's severity: passes, and the live audit lists the warning
        HttpResponse<String> warn = put("edge.md", WARNING_ONLY, null);
        assertTrue(
                warn.statusCode() == 201 || warn.statusCode() == 200 || warn.statusCode() == 204,
                warn.statusCode() + " " + warn.body());
        assertNotEquals(before, quads());
        assertTrue(audit().contains("unverifiable-claim") && audit().contains("edge.md"), audit());

        // a clean note passes too
        HttpResponse<String> clean = put("plain.md", CLEAN, null);
        assertTrue(clean.statusCode() / 100 == 2, clean.statusCode() + " " + clean.body());
        assertTrue(quads().stream().anyMatch(q -> q.contains(Iris.graphIri("plain.md"))));
    }

    @Test
    void guardOffWritesAndAuditsTheSameWrite() throws Exception {
        start(null);
        // what `claimgraph audit --db` leaves in the store
        org.claimgraph.validate.Audit.store(
                server.dataset(),
                org.claimgraph.validate.Audit.run(
                        server.dataset(),
                        org.claimgraph.validate.ShapesLoader.defaultShapesGraph(),
                        java.time.LocalDate.now(),
                        "en"));
        HttpResponse<String> r = put("edge.md", VIOLATING, null);
        assertTrue(r.statusCode() / 100 == 2, r.statusCode() + " " + r.body());
        assertTrue(
                audit().contains("claim-without-status") && audit().contains("edge.md"),
                "the live audit ran on the Graph Store write: " + audit());
        HttpResponse<String> drop = send(
                HttpRequest.newBuilder(URI.create(base(server) + "/kg/data?graph=" + enc(Iris.graphIri("edge.md"))))
                        .DELETE()
                        .header("Authorization", basic("admin", PASSWORD)));
        assertEquals(204, drop.statusCode(), drop.body());
        assertFalse(audit().contains("edge.md"), "the dropped note's findings are gone: " + audit());
    }
}
