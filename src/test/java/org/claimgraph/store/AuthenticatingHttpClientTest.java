package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The client side of the challenge/answer exchange against a loopback server that offers Digest
 * (MD5 and SHA-256) and checks every answer with its own computation of RFC 7616 §3.4.1.
 */
class AuthenticatingHttpClientTest {
    private HttpServer server;
    private volatile String nonce = "n1";
    private volatile String lastAlgorithm;
    private final List<String> seen = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/gsp", this::digestProtected);
        server.createContext(
                "/bearer",
                ex -> respond(ex, "Bearer t0k".equals(ex.getRequestHeaders().getFirst("Authorization")) ? 200 : 401));
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void digestProtected(HttpExchange ex) throws IOException {
        ex.getRequestBody().readAllBytes();
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        synchronized (seen) {
            seen.add(ex.getRequestMethod() + " " + (auth == null ? "none" : auth.substring(0, auth.indexOf(' '))));
        }
        if (auth != null && valid(auth, ex.getRequestMethod())) {
            respond(ex, 204);
            return;
        }
        boolean stale = auth != null && auth.contains("nonce=\"") && !auth.contains("nonce=\"" + nonce + "\"");
        ex.getResponseHeaders()
                .add(
                        "WWW-Authenticate",
                        "Digest realm=\"kg\", qop=\"auth\", algorithm=MD5, nonce=\"" + nonce + "\""
                                + (stale ? ", stale=true" : ""));
        ex.getResponseHeaders()
                .add(
                        "WWW-Authenticate",
                        "Digest realm=\"kg\", qop=\"auth\", algorithm=SHA-256, nonce=\"" + nonce + "\""
                                + (stale ? ", stale=true" : ""));
        ex.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"kg\"");
        respond(ex, 401);
    }

    /** The server's own check: user "dba", password "pw". */
    private boolean valid(String header, String method) {
        Map<String, String> f = new java.util.HashMap<>();
        Matcher m = Pattern.compile("(\\w+)=(?:\"([^\"]*)\"|([^,\\s]+))").matcher(header);
        while (m.find()) f.put(m.group(1), m.group(2) != null ? m.group(2) : m.group(3));
        if (!nonce.equals(f.get("nonce")) || !"dba".equals(f.get("username"))) return false;
        String alg = f.get("algorithm").equals("SHA-256") ? "SHA-256" : "MD5";
        lastAlgorithm = alg;
        String ha1 = h(alg, "dba:kg:pw");
        String ha2 = h(alg, method + ":" + f.get("uri"));
        return h(alg, ha1 + ":" + nonce + ":" + f.get("nc") + ":" + f.get("cnonce") + ":auth:" + ha2)
                .equals(f.get("response"));
    }

    private static String h(String alg, String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(alg).digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    private static void respond(HttpExchange ex, int status) throws IOException {
        ex.sendResponseHeaders(status, -1);
        ex.close();
    }

    private HttpResponse<String> put(HttpClient client, String path) throws Exception {
        URI uri = URI.create(
                "http://127.0.0.1:" + server.getAddress().getPort() + path + "?graph=https%3A%2F%2Fexample.org%2Fg");
        return client.send(
                HttpRequest.newBuilder(uri)
                        .PUT(HttpRequest.BodyPublishers.ofString("<a:s> <a:p> <a:o> ."))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void answersTheStrongestDigestThenReusesItUpFront() throws Exception {
        HttpClient client =
                new AuthenticatingHttpClient(HttpClient.newHttpClient(), StoreCredentials.password("dba", "pw"));
        assertEquals(204, put(client, "/gsp").statusCode());
        assertEquals("SHA-256", lastAlgorithm, "SHA-256 chosen over MD5 and Basic");
        assertEquals(204, put(client, "/gsp").statusCode());
        assertEquals(
                List.of("HEAD none", "PUT Digest", "PUT Digest"),
                seen,
                "a body-less HEAD learns the challenge, then every PUT carries its answer up front");
    }

    @Test
    void aStaleNonceIsAnsweredAfresh() throws Exception {
        HttpClient client =
                new AuthenticatingHttpClient(HttpClient.newHttpClient(), StoreCredentials.password("dba", "pw"));
        assertEquals(204, put(client, "/gsp").statusCode());
        nonce = "n2";
        assertEquals(204, put(client, "/gsp").statusCode());
        assertEquals(
                List.of("HEAD none", "PUT Digest", "PUT Digest", "PUT Digest"),
                seen,
                "the stale nonce is answered afresh, once");
    }

    @Test
    void aWrongPasswordComesBackAs401() throws Exception {
        HttpClient client =
                new AuthenticatingHttpClient(HttpClient.newHttpClient(), StoreCredentials.password("dba", "nope"));
        assertEquals(401, put(client, "/gsp").statusCode());
        assertEquals(List.of("HEAD none", "PUT Digest"), seen, "one answer, no loop");
    }

    @Test
    void noCredentialsNoAnswer() throws Exception {
        HttpClient client = new AuthenticatingHttpClient(HttpClient.newHttpClient(), StoreCredentials.none());
        assertEquals(401, put(client, "/gsp").statusCode());
        assertEquals(List.of("PUT none"), seen);
    }

    @Test
    void aBearerTokenGoesWithEveryRequest() throws Exception {
        HttpClient client = new AuthenticatingHttpClient(
                HttpClient.newHttpClient(),
                StoreCredentials.fromEnvironment(Map.of(StoreCredentials.ENV_TOKEN, "t0k")));
        assertEquals(200, put(client, "/bearer").statusCode());
        HttpClient wrong = new AuthenticatingHttpClient(
                HttpClient.newHttpClient(),
                StoreCredentials.fromEnvironment(Map.of(StoreCredentials.ENV_TOKEN, "other")));
        assertTrue(put(wrong, "/bearer").statusCode() == 401);
    }
}
