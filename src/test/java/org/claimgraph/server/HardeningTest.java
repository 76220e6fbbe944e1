package org.claimgraph.server;

import static org.claimgraph.server.TestServers.*;
import static org.junit.jupiter.api.Assertions.*;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The holes of issue 18 closed, on a real server on 127.0.0.1: Host names an attacker controls,
 * an empty password, the generated password in captured output, writes to ?default, CORS
 * preflights, database folder mode, and LOAD.
 */
class HardeningTest {
    @TempDir
    static Path tmp;

    static ClaimgraphServer server;
    static Path docs;
    static final String AUTH = basic("admin", PASSWORD);
    static final String ORIGIN = "http://tool.example";

    @BeforeAll
    static void start() throws Exception {
        docs = tmp.resolve("docs");
        Files.createDirectories(docs.resolve("load"));
        Files.copy(NOTES.resolve("k8s.md"), docs.resolve("k8s.md"));
        Files.writeString(
                docs.resolve("load/extra.nt"),
                "<https://example.org/x/s> <https://example.org/x/p> \"loaded from the notes folder\" .\n");
        server = TestServers.start(tmp, o -> {
            o.docs = docs;
            o.cors = ORIGIN;
            o.allowHosts = "kg.example";
            o.allowLoad = "file:" + docs.resolve("load");
        });
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    // ---- Host check (DNS rebinding) ----

    @Test
    void hostNamesAnAttackerControlsAreRefused() throws Exception {
        for (String host : new String[] {
            "127.0.0.1.attacker.example",
            "127.0.0.1.nip.io",
            "127.evil.example",
            "evil.example",
            "localhost.evil.example",
            "127.0.0.1:80@evil.example",
            "0x7f.0.0.1",
            "2130706433",
            "127.0.0.256"
        }) {
            String r = rawGet("/kg/sparql?query=" + enc("ASK {}"), host);
            assertTrue(
                    r.startsWith("HTTP/1.1 403") || r.startsWith("HTTP/1.1 400"),
                    host + ": " + r.lines().findFirst().orElse(""));
        }
    }

    @Test
    void loopbackNamesAndAllowedHostsAnswer() throws Exception {
        int port = server.port();
        for (String host : new String[] {
            "localhost:" + port,
            "app.localhost:" + port,
            "127.0.0.1:" + port,
            "127.1.2.3",
            "[::1]:" + port,
            "kg.example",
            "KG.example:" + port
        }) assertTrue(rawGet("/kg/sparql?query=" + enc("ASK {}"), host).startsWith("HTTP/1.1 200"), host);
    }

    private static String rawGet(String path, String host) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream()
                    .write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    // ---- password ----

    @Test
    void emptyPasswordRefusedAtStart() throws Exception {
        Path realm = tmp.resolve("empty.realm");
        Files.writeString(realm, "# a realm\nadmin:\n");
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> TestServers.start(tmp, o -> o.passwordFile = realm));
        assertTrue(e.getMessage().contains("empty password") && e.getMessage().contains(realm + ":2"), e.getMessage());
        Files.writeString(realm, "admin:  ,admin\n");
        assertThrows(IllegalArgumentException.class, () -> TestServers.start(tmp, o -> o.passwordFile = realm));
    }

    @Test
    void generatedPasswordOnlyOnATerminalAndDbFolderPrivate() throws Exception {
        Path db = tmp.resolve("new-parent/kgdb");
        ClaimgraphServer.Options o = new ClaimgraphServer.Options();
        o.port = 0;
        o.db = db;
        o.docs = NOTES;
        o.ingest = new TurtleNotes();
        o.terminal = false;
        StringWriter out = new StringWriter();
        try (ClaimgraphServer s = ClaimgraphServer.start(o, new PrintWriter(out, true))) {
            String password = Files.readAllLines(s.passwordFile()).stream()
                    .filter(l -> l.startsWith("admin: "))
                    .findFirst()
                    .orElseThrow()
                    .substring("admin: ".length());
            assertFalse(out.toString().contains(password), out.toString());
            assertTrue(out.toString().contains(s.passwordFile().toString()), out.toString());
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(db)));
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(db.getParent())));
            HttpResponse<String> u = post(
                    base(s) + "/kg/update",
                    "application/sparql-update",
                    "INSERT DATA { GRAPH <https://example.org/g> { <https://example.org/s> <https://example.org/p> 1 } }",
                    basic("admin", password));
            assertEquals(204, u.statusCode() == 200 ? 204 : u.statusCode(), u.body());
        }
    }

    // ---- ?default ----

    @Test
    void writesToDefaultGraphRefusedWithReason() {
        String ttl = "<https://example.org/x/d> <https://example.org/x/p> \"into default\" .";
        String url = base(server) + "/kg/data?default";
        HttpResponse<String> put = send(HttpRequest.newBuilder(URI.create(url))
                .PUT(HttpRequest.BodyPublishers.ofString(ttl))
                .header("Content-Type", "text/turtle")
                .header("Authorization", AUTH));
        assertEquals(400, put.statusCode(), put.body());
        assertTrue(put.body().contains("union of the named graphs"), put.body());
        HttpResponse<String> postDs = post(base(server) + "/kg?default", "text/turtle", ttl, AUTH);
        assertEquals(400, postDs.statusCode(), postDs.body());
        HttpResponse<String> anon = post(url, "text/turtle", ttl, null);
        assertEquals(401, anon.statusCode(), "authentication comes first");
        HttpResponse<String> ask = query(server, "ASK { ?s ?p \"into default\" }", "application/sparql-results+json");
        assertTrue(ask.body().contains("false"), ask.body());
        assertEquals(200, get(url, "text/turtle").statusCode(), "reading ?default stays allowed");
    }

    // ---- CORS preflight ----

    @Test
    void corsPreflightForWritesNeedsNoCredentials() {
        for (String path : new String[] {"/kg/update", "/kg/data", "/kg"}) {
            HttpResponse<String> pre = send(HttpRequest.newBuilder(URI.create(base(server) + path))
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                    .header("Origin", ORIGIN)
                    .header("Access-Control-Request-Method", "POST")
                    .header("Access-Control-Request-Headers", "authorization, content-type"));
            assertEquals(204, pre.statusCode(), path + " " + pre.body());
            assertEquals(
                    ORIGIN,
                    pre.headers().firstValue("Access-Control-Allow-Origin").orElse(""),
                    path);
            assertTrue(
                    pre.headers()
                            .firstValue("Access-Control-Allow-Headers")
                            .orElse("")
                            .contains("Authorization"),
                    path);
        }
        HttpResponse<String> write = send(
                HttpRequest.newBuilder(URI.create(base(server) + "/kg/update"))
                        .header("Origin", ORIGIN)
                        .header("Content-Type", "application/sparql-update")
                        .header("Authorization", AUTH)
                        .POST(
                                HttpRequest.BodyPublishers.ofString(
                                        "INSERT DATA { GRAPH <https://example.org/cors> { <https://example.org/a> <https://example.org/b> \"from the tool\" } }")));
        assertEquals(204, write.statusCode() == 200 ? 204 : write.statusCode(), write.body());
        HttpResponse<String> anonymous =
                post(base(server) + "/kg/update", "application/sparql-update", "CLEAR ALL", null);
        assertEquals(401, anonymous.statusCode(), "only the preflight is open");
    }

    // ---- LOAD ----

    private static HttpResponse<String> update(String text) {
        return post(base(server) + "/kg/update", "application/sparql-update", text, AUTH);
    }

    private static boolean present(String text) {
        return query(server, "ASK { GRAPH ?g { ?s ?p \"" + text + "\" } }", "application/sparql-results+json")
                .body()
                .contains("true");
    }

    @Test
    void loadReadsOnlyTheAllowedFolderInsideTheNotes() throws Exception {
        Path secret = tmp.resolve("secret.nt");
        Files.writeString(
                secret, "<https://example.org/x/s> <https://example.org/x/p> \"secret outside the notes\" .\n");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
        HttpResponse<String> outside = update("LOAD <" + secret.toUri() + "> INTO GRAPH <https://example.org/loaded>");
        assertEquals(400, outside.statusCode(), outside.body());
        assertTrue(outside.body().contains("refused"), outside.body());
        HttpResponse<String> silent =
                update("LOAD SILENT <" + secret.toUri() + "> INTO GRAPH <https://example.org/loaded>");
        assertEquals(400, silent.statusCode(), "SILENT does not hide a refusal: " + silent.body());
        Path link = docs.resolve("load/link.nt");
        Files.createSymbolicLink(link, secret);
        HttpResponse<String> viaLink = update("LOAD <" + link.toUri() + "> INTO GRAPH <https://example.org/loaded>");
        assertEquals(400, viaLink.statusCode(), viaLink.body());
        HttpResponse<String> passwd = update("LOAD <file:///etc/passwd>");
        assertEquals(400, passwd.statusCode(), passwd.body());
        assertFalse(passwd.body().contains("root"), passwd.body());
        HttpResponse<String> http =
                update("LOAD <" + base(server) + "/kg/data?graph=x> INTO GRAPH <https://example.org/loaded>");
        assertEquals(400, http.statusCode(), http.body());
        assertTrue(http.body().contains("scheme 'http' not allowed"), http.body());
        assertFalse(present("secret outside the notes"));

        HttpResponse<String> inside =
                update("LOAD <" + docs.resolve("load/extra.nt").toUri() + "> INTO GRAPH <https://example.org/loaded>");
        assertTrue(inside.statusCode() == 200 || inside.statusCode() == 204, inside.statusCode() + inside.body());
        assertTrue(present("loaded from the notes folder"));
    }

    @Test
    void loadOffByDefaultAndNeverOutsideTheNotes() throws Exception {
        Path plainTmp = tmp.resolve("plain");
        Files.createDirectories(plainTmp);
        try (ClaimgraphServer plain = TestServers.start(plainTmp, o -> o.docs = docs)) {
            HttpResponse<String> r = post(
                    base(plain) + "/kg/update",
                    "application/sparql-update",
                    "LOAD <" + docs.resolve("load/extra.nt").toUri() + "> INTO GRAPH <https://example.org/loaded2>",
                    AUTH);
            assertEquals(400, r.statusCode(), r.body());
            assertTrue(r.body().contains("LOAD is off"), r.body());
        }
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> TestServers.start(plainTmp, o -> {
                    o.docs = docs;
                    o.allowLoad = "file:/etc";
                }));
        assertTrue(e.getMessage().contains("outside the notes folder"), e.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> TestServers.start(plainTmp, o -> {
                    o.docs = docs;
                    o.allowLoad = "ftp";
                }));
    }
}
