package org.claimgraph.testing;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The one way a test says it needs something from outside the repository (the seed notes, node
 * modules, chromium, a CJK font, a Virtuoso binary). Call it inside the test method or a
 * {@code @BeforeEach}, never in {@code @BeforeAll} (Surefire does not count a class aborted there).
 * On a developer machine a missing prerequisite skips the test with the reason; under
 * {@code CI=true} it fails the test, so a CI run can never go green by skipping.
 */
public final class Prerequisites {
    private Prerequisites() {}

    /** Whether missing prerequisites fail instead of skip (the CI environment variable is "true"). */
    public static boolean strict() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /**
     * @param present  whether the prerequisite is there
     * @param what     what is missing, e.g. "../shared/seeds"
     * @param howToGet how to get it, e.g. "clone beside shared/ or set -Dclaimgraph.seeds=DIR"
     */
    public static void require(boolean present, String what, String howToGet) {
        if (present) return;
        String message = "missing prerequisite: " + what + " (" + howToGet + ")";
        if (strict()) Assertions.fail(message + "; CI=true, so this fails instead of skipping");
        Assumptions.abort(message);
    }
}
