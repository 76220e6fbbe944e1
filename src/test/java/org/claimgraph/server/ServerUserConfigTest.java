package org.claimgraph.server;

import static org.claimgraph.server.TestServers.*;
import static org.junit.jupiter.api.Assertions.*;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve --config FILE}: a user's own configuration (an edited copy of the bundled TDB2 file). */
class ServerUserConfigTest {
    @TempDir
    Path tmp;

    @Test
    void usersConfigNamesDatabasePasswordAndTimeout() throws Exception {
        Path db = tmp.resolve("my-db");
        Path realm = tmp.resolve("my.passwd");
        String config = Files.readString(Path.of("fuseki-config/claimgraph.ttl"))
                .replace("tdb2:location \"claimgraph-db\"", "tdb2:location \"" + db + "\"")
                .replace("fuseki:passwd \"claimgraph-db.passwd\"", "fuseki:passwd \"" + realm + "\"")
                .replace("ja:cxtValue \"10000\"", "ja:cxtValue \"4000\"")
                .replace("fuseki:name \"kg\"", "fuseki:name \"notes\"");
        Path file = tmp.resolve("my-claimgraph.ttl");
        Files.writeString(file, config);
        ClaimgraphServer.Options o = new ClaimgraphServer.Options();
        o.port = 0;
        o.config = file;
        o.docs = NOTES;
        o.ingest = new TurtleNotes();
        StringWriter out = new StringWriter();
        try (ClaimgraphServer s = ClaimgraphServer.start(o, new PrintWriter(out, true))) {
            String banner = out.toString();
            assertTrue(banner.contains("/notes/sparql"), banner);
            assertTrue(banner.contains("Query timeout 4000 ms"), banner);
            assertTrue(banner.contains(realm.toString()), "the config's password file, generated: " + banner);
            assertTrue(Files.isDirectory(db.resolve("Data-0001")), "the config's database");
            HttpResponse<String> r =
                    get(base(s) + "/notes/sparql?query=" + enc("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"), "text/csv");
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(
                    Integer.parseInt(r.body()
                                    .lines()
                                    .skip(1)
                                    .findFirst()
                                    .orElseThrow()
                                    .trim())
                            > 20,
                    r.body());
            assertEquals(
                    401,
                    post(base(s) + "/notes/update", "application/sparql-update", "CLEAR ALL", null)
                            .statusCode());
        }
    }
}
