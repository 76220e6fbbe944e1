package org.claimgraph.server;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.function.Consumer;

/** Starting a server on 127.0.0.1 (free port) for a test class, and small HTTP helpers. */
final class TestServers {
    static final String PASSWORD = "test-secret-1";
    static final Path NOTES = Path.of("src/test/resources/server/notes");

    private TestServers() {}

    /** Output of the start-up banner of the last {@link #start}. */
    static String lastBanner;

    static ClaimgraphServer start(Path tmp, Consumer<ClaimgraphServer.Options> customize) {
        try {
            Path realm = tmp.resolve("realm.properties");
            if (!Files.exists(realm)) {
                Files.writeString(realm, "admin: " + PASSWORD + "\n");
                Files.setPosixFilePermissions(
                        realm, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
            }
            ClaimgraphServer.Options o = new ClaimgraphServer.Options();
            o.port = 0;
            o.docs = NOTES;
            o.passwordFile = realm;
            o.ingest = new TurtleNotes();
            o.homeDir = tmp.resolve("home");
            customize.accept(o);
            StringWriter banner = new StringWriter();
            ClaimgraphServer s = ClaimgraphServer.start(o, new PrintWriter(banner, true));
            lastBanner = banner.toString();
            return s;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    static String base(ClaimgraphServer s) {
        return "http://127.0.0.1:" + s.port();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> send(HttpRequest.Builder req) {
        HttpRequest request = req.timeout(Duration.ofSeconds(60)).build();
        try {
            try {
                return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException stale) {
                // a pooled connection the server had closed (after a 4xx that ends the connection): once more, fresh
                return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static HttpResponse<String> get(String url, String accept) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).GET();
        if (accept != null) b.header("Accept", accept);
        return send(b);
    }

    static HttpResponse<String> post(String url, String contentType, String body, String auth) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", contentType);
        if (auth != null) b.header("Authorization", auth);
        return send(b);
    }

    static HttpResponse<String> query(ClaimgraphServer s, String query, String accept) {
        return get(base(s) + "/kg/sparql?query=" + enc(query), accept);
    }
}
