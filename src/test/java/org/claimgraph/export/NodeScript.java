package org.claimgraph.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.claimgraph.testing.Needs;

/**
 * Runs {@code src/test/js/export-check.mjs} (independent JS parsers: graphology, gray-matter, n3,
 * jsonld, csv-parse, ajv) and returns its JSON answer. Tests using it call {@link #assumeAvailable}
 * (node and {@code src/test/js/node_modules}, installed by the build's {@code npm ci} when npm exists).
 */
final class NodeScript {
    static final Path JS = Path.of("src", "test", "js");

    private NodeScript() {}

    /** node and the npm packages; skips with the reason locally, fails under CI=true (Prerequisites). */
    static void assumeAvailable() {
        Needs.nodeModules("graphology");
    }

    static JsonObject run(String mode, Path... args) throws IOException, InterruptedException {
        List<String> cmd =
                new ArrayList<>(List.of("node", JS.resolve("export-check.mjs").toString(), mode));
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
