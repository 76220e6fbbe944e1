package org.claimgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.claimgraph.history.GitImport;
import org.claimgraph.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code claimgraph history import REPO --db DIR}: replays a notes repository's commits into the claim history. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Replays the commits of a git repository oldest first (first-parent order on merges, renames followed),",
            "each commit one run at its commit time with its author as agent. Afterwards the note graphs equal an ingest",
            "of the branch tip's tree. Re-running adds only commits not seen before. Progress goes to standard error."
        })
public final class HistoryImportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "REPO", description = "The repository (its work tree or .git folder).")
    Path repo;

    @Option(
            names = "--db",
            paramLabel = "DIR",
            required = true,
            description = "TDB2 database directory (created when absent).")
    Path db;

    @Option(
            names = "--path",
            paramLabel = "SUBDIR",
            description =
                    "The notes folder inside the repository; note paths are relative to it, as 'ingest REPO/SUBDIR' names them.")
    String path;

    @Option(names = "--branch", paramLabel = "NAME", description = "The branch to replay. Default: HEAD.")
    String branch;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        GitImport.Result r;
        try (Opened opened = new Opened(Stores.tdb2(db))) {
            r = GitImport.run(
                    opened.dataset(),
                    new GitImport.Options(repo.toFile(), path, branch, tool()),
                    ChangeSteps.all(),
                    line -> {
                        err.println(line);
                        err.flush();
                    });
        }
        for (String f : r.failures()) err.println("warning: " + f);
        err.println("history import: " + r.imported() + " of " + r.commits() + " commits imported ("
                + (r.commits() - r.imported()) + " already recorded), " + r.notesWritten() + " note versions written");
        err.flush();
        return r.failures().isEmpty() ? 0 : Main.EXIT_PARTIAL;
    }

    /** The software name and version recorded on every run. */
    static String tool() {
        String v = Main.class.getPackage().getImplementationVersion();
        return "claimgraph " + (v == null ? "dev" : v);
    }
}
