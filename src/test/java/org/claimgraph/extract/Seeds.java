package org.claimgraph.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where the user's seed notes are: the system property {@code claimgraph.seeds}, else
 * {@code ../shared/seeds} (CI: a clone beside shared/), else {@code ../../shared/seeds} (worktrees).
 */
public final class Seeds {
    private Seeds() {}

    /** The seeds folder, or null when it is not there (tests then skip). */
    public static Path dir() {
        String prop = System.getProperty("claimgraph.seeds");
        List<Path> candidates = prop != null && !prop.isBlank()
                ? List.of(Path.of(prop))
                : List.of(Path.of("..", "shared", "seeds"), Path.of("..", "..", "shared", "seeds"));
        for (Path p : candidates) if (Files.isDirectory(p)) return p;
        return null;
    }

    /** A seed file by name, or null when absent. */
    public static Path file(String name) {
        Path d = dir();
        if (d == null) return null;
        Path f = d.resolve(name);
        return Files.isRegularFile(f) ? f : null;
    }
}
