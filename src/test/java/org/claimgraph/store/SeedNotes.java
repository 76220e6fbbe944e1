package org.claimgraph.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the user's seed note outside the repository: the system property
 * {@code claimgraph.seeds}, else {@code ../shared/seeds}, else {@code ../../shared/seeds}.
 * Tests skip (JUnit assumptions) when it is absent.
 */
public final class SeedNotes {
    private SeedNotes() {}

    public static final String SEED = "000_53b8c72be127e04e.txt";

    public static Optional<Path> dir() {
        String prop = System.getProperty("claimgraph.seeds");
        for (Path p : new Path[] {
            prop == null ? null : Path.of(prop),
            Path.of("..", "shared", "seeds"),
            Path.of("..", "..", "shared", "seeds")
        }) {
            if (p != null && Files.isRegularFile(p.resolve(SEED))) return Optional.of(p);
        }
        return Optional.empty();
    }
}
