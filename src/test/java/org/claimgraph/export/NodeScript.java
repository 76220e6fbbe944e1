package org.claimgraph.export;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;

/**
 * Runs {@code src/test/js/export-check.mjs} (independent JS parsers: graphology, gray-matter, n3,
 * jsonld) and returns its JSON answer. Tests using it are skipped when node or the npm packages
 * ({@code cd src/test/js && npm ci}) are missing.
 */
final class NodeScript {
    static final Path JS = Path.of("src", "test", "js");

    private NodeScript() {}

    static void assumeAvailable() {
        assumeTrue(Files.isDirectory(JS.resolve("node_modules/graphology")), "npm packages missing: run 'cd src/test/js && npm ci'");
        assumeTrue(nodeWorks(), "node is not installed");
    }

    private static boolean nodeWorks() {
        try {
            Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static JsonObject run(String mode, Path... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("node", JS.resolve("export-check.mjs").toString(), mode));
        for (Path a : args) {
            cmd.add(a.toAbsolutePath().toString());
        }
        Path err = Files.createTempFile("export-check", ".err");
        Process p = new ProcessBuilder(cmd).redirectError(err.toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        String stderr = Files.readString(err);
        Files.deleteIfExists(err);
        if (p.exitValue() != 0) {
            throw new AssertionError("node export-check.mjs " + mode + " failed (" + p.exitValue() + "): " + stderr);
        }
        return JSON.parse(out);
    }
}
