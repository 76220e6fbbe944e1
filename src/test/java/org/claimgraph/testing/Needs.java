package org.claimgraph.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.claimgraph.extract.Seeds;

/**
 * The prerequisites tests share, each checked through {@link Prerequisites#require} so a missing
 * one is skipped with its name locally, fails under {@code CI=true} and is counted in the
 * end-of-run summary ({@link SkipSummary}). Call from a test method or {@code @BeforeEach}.
 * The {@code what} strings are the summary's groups; keep them stable.
 */
public final class Needs {
    private Needs() {}

    /** The user's seed note file name. */
    public static final String SEED = "000_53b8c72be127e04e.txt";

    public static final String SEEDS = "../shared/seeds";
    public static final String NODE_MODULES = "src/test/js/node_modules";
    public static final Path JS = Path.of("src", "test", "js");

    /** The seed folder holding {@link #SEED}; skips or fails when it is absent. */
    public static Path seeds() {
        Path dir = Seeds.dir();
        Prerequisites.require(
                dir != null && Files.isRegularFile(dir.resolve(SEED)),
                SEEDS,
                "clone claimgraph beside shared/ so ../shared/seeds/" + SEED
                        + " exists, or set -Dclaimgraph.seeds=DIR");
        return dir;
    }

    /** node on the PATH and the npm packages in src/test/js ({@code npm ci}, run by the build when npm exists). */
    public static void nodeModules(String pkg) {
        Prerequisites.require(nodeWorks(), "node", "apt-get install nodejs npm");
        Prerequisites.require(
                Files.isDirectory(JS.resolve("node_modules").resolve(pkg)),
                NODE_MODULES,
                "install npm; mvn runs 'npm ci' in src/test/js at generate-test-resources (or run it by hand)");
    }

    /** Debian's Chromium at /usr/bin/chromium (driven by playwright-core). */
    public static Path chromium() {
        Path p = Path.of("/usr/bin/chromium");
        Prerequisites.require(Files.isExecutable(p), "/usr/bin/chromium", "apt-get install chromium (.ci/run does)");
        return p;
    }

    private static Boolean node;

    private static synchronized boolean nodeWorks() {
        if (node == null) node = runs("node", "--version");
        return node;
    }

    private static boolean runs(String... cmd) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(120, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
