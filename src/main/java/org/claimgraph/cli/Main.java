package org.claimgraph.cli;

import org.claimgraph.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar claimgraph.jar <command>}: the root command; each subcommand is one small class. */
@Command(name = "claimgraph",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Turns provenance-annotated markdown notes into a validated, queryable RDF knowledge graph.",
        subcommands = {
                CommandLine.HelpCommand.class,
                IngestCommand.class,
                QueryCommand.class,
                ExportCommand.class,
                FitRiskCommand.class,
                ValidateCommand.class,
                AuditCommand.class,
                HistoryCommand.class,
                ServeCommand.class,
                GenCorpusCommand.class,
                VerifyCommand.class,
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:success",
                "1:some inputs failed (the rest was processed) or validation found problems at --fail-on level",
                "2:usage error (bad option or argument)",
                "3:nothing worked (every input failed, or the store could not be opened)"
        })
public final class Main implements Runnable {
    public static final int EXIT_PARTIAL = 1;
    public static final int EXIT_USAGE = 2;
    public static final int EXIT_FAILED = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, also used by tests to run commands in-process. */
    public static CommandLine commandLine() {
        return new CommandLine(new Main())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(Main::handleExecutionException);
    }

    /**
     * A command that throws: a {@link StoreException} (no such database, nothing ingested …) is
     * a message for a person and exit code 3; anything else is a bug, shown with its stack trace.
     */
    private static int handleExecutionException(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        java.io.PrintWriter err = cmd.getErr();
        if (e instanceof StoreException || e instanceof java.io.IOException || e instanceof java.io.UncheckedIOException) {
            err.println("error: " + e.getMessage());
        } else {
            err.println("error: " + e);
            e.printStackTrace(err);
        }
        err.flush();
        return EXIT_FAILED;
    }
}
