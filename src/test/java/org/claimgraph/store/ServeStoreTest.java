package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.riot.process.normalize.CanonicalizeLiteral;
import org.claimgraph.corpus.CorpusGenerator;
import org.claimgraph.server.ClaimgraphServer;
import org.claimgraph.testing.Prerequisites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve --store} in front of OpenLink Virtuoso answers the ready queries with the rows
 * {@code serve --db} gives on the same notes: {@code status-counts.rq} (no {@code cgf:}: passed to
 * Virtuoso) and {@code risk-by-layer.rq} ({@code cgf:risk}: run on the server's copy of the matrix
 * data); {@code /kg/audit} reads the store; a change ingested into the store is seen by the next
 * {@code cgf:} query (the store's ingest graph changed).
 */
class ServeStoreTest {
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void answersLikeServeDb(@TempDir Path tmp) throws Exception {
        Prerequisites.require(
                VirtuosoServer.installed(),
                "virtuoso-t (" + VirtuosoServer.BINARY + ")",
                "apt-get install virtuoso-opensource");
        CorpusGenerator.write(CorpusGenerator.generate(30, 5), tmp.resolve("corpus"));
        Path notes = tmp.resolve("corpus").resolve(CorpusGenerator.NOTES_DIR);
        Path realm = tmp.resolve("realm.properties");
        Files.writeString(realm, "admin: pw-for-the-test\n");
        Files.setPosixFilePermissions(realm, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        try (VirtuosoServer virtuoso = VirtuosoServer.start(Files.createDirectory(tmp.resolve("virtuoso")))) {
            String store = virtuoso.spec()
                    .replace(
                            ";gsp=http://", ";gsp=http://" + VirtuosoServer.USER + ":" + VirtuosoServer.PASSWORD + "@");
            assertEquals(
                    0,
                    org.claimgraph.cli.Main.commandLine()
                            .setOut(new PrintWriter(new StringWriter()))
                            .setErr(new PrintWriter(new StringWriter()))
                            .execute("ingest", "--no-progress", "--store", store, notes.toString()));
            try (ClaimgraphServer local = start(tmp, o -> o.docs = notes);
                    ClaimgraphServer front = start(tmp, o -> {
                        o.store = store;
                        o.storeRefresh =
                                Duration.ofHours(1); // only the store's own change signal re-reads the copy here
                    })) {
                for (String file : List.of("status-counts.rq", "risk-by-layer.rq")) {
                    String q = Files.readString(Path.of("queries", file));
                    List<String> expected = rows(local, q);
                    assertFalse(expected.isEmpty(), file + " gives rows on the notes");
                    assertEquals(expected, rows(front, q), file + ": serve --store gives the rows serve --db gives");
                }
                assertTrue(
                        rows(local, Files.readString(Path.of("queries", "risk-by-layer.rq"))).stream()
                                .anyMatch(r -> !r.contains("cellsWithRisk=0 ")),
                        "risk-by-layer computed risks");
                HttpResponse<String> audit =
                        get(base(front) + "/kg/audit?as-of=2025-12-01&format=json", "application/json");
                HttpResponse<String> localAudit =
                        get(base(local) + "/kg/audit?as-of=2025-12-01&format=json", "application/json");
                assertEquals(200, audit.statusCode(), audit.body());
                assertEquals(localAudit.body(), audit.body(), "/kg/audit reads the whole store");
                HttpResponse<String> verify = HTTP.send(
                        HttpRequest.newBuilder(URI.create(base(front) + "/kg/verify"))
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + java.util.Base64.getEncoder()
                                                        .encodeToString("admin:pw-for-the-test".getBytes()))
                                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(501, verify.statusCode(), verify.body());

                // a note changed and ingested into the store: the next cgf: query sees it (the ingest graph changed)
                long loads = front.front().loads();
                String risk = Files.readString(Path.of("queries", "risk-by-layer.rq"));
                rows(front, risk);
                assertEquals(loads, front.front().loads(), "nothing changed: the copy is not re-read");
                Files.writeString(notes.resolve(CorpusGenerator.pathOf(3)), CorpusGenerator.editedNote(5, 3, 1));
                assertEquals(
                        0,
                        org.claimgraph.cli.Main.commandLine()
                                .setOut(new PrintWriter(new StringWriter()))
                                .setErr(new PrintWriter(new StringWriter()))
                                .execute("ingest", "--no-progress", "--store", store, notes.toString()));
                rows(front, risk);
                assertEquals(loads + 1, front.front().loads(), "the store's ingest graph changed: the copy is re-read");
            }
        }
    }

    private static ClaimgraphServer start(Path tmp, Consumer<ClaimgraphServer.Options> customize) throws Exception {
        ClaimgraphServer.Options o = new ClaimgraphServer.Options();
        o.port = 0;
        o.passwordFile = tmp.resolve("realm.properties");
        o.homeDir = tmp.resolve("home");
        o.terminal = false;
        o.timeoutSeconds = 300; // the machine may be shared; the rows are what is tested
        customize.accept(o);
        return ClaimgraphServer.start(o, new PrintWriter(new StringWriter(), true));
    }

    private static String base(ClaimgraphServer s) {
        return "http://127.0.0.1:" + s.port();
    }

    /** The rows of a SELECT over HTTP, each "var=value …" with literals in canonical form, in the order given. */
    private static List<String> rows(ClaimgraphServer s, String query) throws Exception {
        HttpResponse<String> r = get(
                base(s) + "/kg/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8),
                "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        ResultSet rs = ResultSetFactory.fromJSON(
                new java.io.ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
        List<String> out = new ArrayList<>();
        var canon = CanonicalizeLiteral.get();
        rs.forEachRemaining(row -> {
            StringBuilder b = new StringBuilder();
            for (String v : rs.getResultVars()) {
                var n = row.get(v) == null ? null : row.get(v).asNode();
                b.append(v)
                        .append('=')
                        .append(n == null ? "" : n.isLiteral() ? literal(canon.apply(n)) : n.toString())
                        .append(' ');
            }
            out.add(b.toString().trim());
        });
        return out;
    }

    /** A number to 10 significant digits (an average may add its terms in another order), any other literal as it is. */
    private static String literal(org.apache.jena.graph.Node n) {
        Object v = n.getLiteralValue();
        if (v instanceof Double || v instanceof Float || v instanceof java.math.BigDecimal)
            return String.format(java.util.Locale.ROOT, "%.10g", ((Number) v).doubleValue());
        if (v instanceof Number) return n.getLiteralLexicalForm();
        return n.toString();
    }

    private static HttpResponse<String> get(String url, String accept) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Accept", accept)
                        .timeout(Duration.ofSeconds(120))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
