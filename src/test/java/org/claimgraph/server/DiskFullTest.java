package org.claimgraph.server;

import static org.claimgraph.server.TestServers.*;
import static org.junit.jupiter.api.Assertions.*;

import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.claimgraph.testing.Prerequisites;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk: the database lives on a 96 MiB tmpfs that is then filled up. A write gets 507 with
 * "disk full" (not 400 "Parse error: a fault occurred in a recent unsafe memory access"), nothing
 * stored is lost, reads still work. Needs {@code mount -t tmpfs} (root); skipped with the reason otherwise.
 */
class DiskFullTest {
    @TempDir
    Path tmp;

    Path mountPoint;
    boolean mounted;

    @BeforeEach
    void mount() throws Exception {
        mountPoint = Files.createDirectories(tmp.resolve("small-disk"));
        mounted = run("mount", "-t", "tmpfs", "-o", "size=96m", "tmpfs", mountPoint.toString());
        Prerequisites.require(
                mounted,
                "a 96 MiB tmpfs for the database (mount -t tmpfs needs root)",
                "run the tests as root, or in a container with CAP_SYS_ADMIN");
    }

    @AfterEach
    void unmount() throws Exception {
        if (mounted) run("umount", "-l", mountPoint.toString());
    }

    private static boolean run(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
    }

    @Test
    void writeOnAFullDiskGets507AndReadsGoOn() throws Exception {
        try (ClaimgraphServer s = TestServers.start(tmp, o -> o.db = mountPoint.resolve("db"))) {
            String auth = basic("admin", PASSWORD);
            HttpResponse<String> before = post(
                    base(s) + "/kg/update",
                    "application/sparql-update",
                    "INSERT DATA { GRAPH <https://example.org/g> { <https://example.org/s> <https://example.org/p> \"stored before\" } }",
                    auth);
            assertEquals(204, before.statusCode() == 200 ? 204 : before.statusCode(), before.body());
            // fill the disk
            try (OutputStream out = Files.newOutputStream(mountPoint.resolve("filler"))) {
                byte[] block = new byte[1 << 20];
                while (true) out.write(block);
            } catch (java.io.IOException full) {
                // No space left on device: that is the point
            }
            HttpResponse<String> put =
                    send(HttpRequest.newBuilder(URI.create(base(s) + "/kg/data?graph=" + enc("https://example.org/g2")))
                            .header("Authorization", auth)
                            .header("Content-Type", "text/turtle")
                            .PUT(HttpRequest.BodyPublishers.ofString(
                                    "<https://example.org/s> <https://example.org/p> \"on a full disk\" .")));
            assertEquals(507, put.statusCode(), put.body());
            assertTrue(put.body().contains("disk full"), put.body());
            HttpResponse<String> upd = post(
                    base(s) + "/kg/update",
                    "application/sparql-update",
                    "INSERT DATA { GRAPH <https://example.org/g3> { <https://example.org/s> <https://example.org/p> \"update on a full disk\" } }",
                    auth);
            assertEquals(507, upd.statusCode(), upd.body());
            HttpResponse<String> read =
                    query(s, "ASK { GRAPH ?g { ?s ?p \"stored before\" } }", "application/sparql-results+json");
            assertEquals(200, read.statusCode(), read.body());
            assertTrue(read.body().contains("true"), "what was stored before is still there: " + read.body());
        }
    }
}
