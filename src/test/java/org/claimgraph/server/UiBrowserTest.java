package org.claimgraph.server;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.testing.Needs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real browser opens the UI: {@code src/test/js/ui.mjs} drives headless Chromium
 * ({@code /usr/bin/chromium}, playwright-core) to load the UI, run a query and see result rows,
 * and saves {@code target/ui-query.png}. Skipped when chromium, node or node_modules is missing
 * ({@code .ci/run} installs them).
 */
class UiBrowserTest {
    @TempDir
    static Path tmp;

    @Test
    void uiRunsAQueryAndShowsRows() throws Exception {
        Needs.chromium();
        Needs.nodeModules("playwright-core");
        Path screenshot = Path.of("target/ui-query.png").toAbsolutePath();
        Files.deleteIfExists(screenshot);
        try (ClaimgraphServer server = TestServers.start(tmp, o -> {})) {
            ProcessBuilder pb =
                    new ProcessBuilder("node", "src/test/js/ui.mjs", TestServers.base(server), screenshot.toString());
            pb.redirectError(tmp.resolve("ui-stderr.log").toFile());
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(180, TimeUnit.SECONDS), "browser script did not finish");
            String err = Files.readString(tmp.resolve("ui-stderr.log"));
            assertEquals(0, p.exitValue(), out + "\n" + err);
            Matcher m = Pattern.compile("\"rows\":(\\d+)").matcher(out);
            assertTrue(m.find(), out);
            assertEquals(3, Integer.parseInt(m.group(1)), out);
            assertTrue(out.contains("/kg/"), "query went to a /kg endpoint: " + out);
            assertTrue(Files.size(screenshot) > 10_000, "screenshot written");
        }
    }
}
