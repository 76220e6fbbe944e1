package org.claimgraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar claimgraph.jar <command>}: the root command; each subcommand is one small class. */
@Command(
        name = "claimgraph",
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
    public static final int EXIT_PARTIAL = ExitCodes.PARTIAL;
    public static final int EXIT_USAGE = ExitCodes.USAGE;
    public static final int EXIT_FAILED = ExitCodes.FAILED;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /**
     * The configured command line, also used by tests to run commands in-process. An option-like
     * token is never taken as a value of a multi-value option ({@code --docs a --typo} is an
     * unknown option, not a path); exceptions become exit codes through {@link ExitCodes}.
     */
    public static CommandLine commandLine() {
        return new CommandLine(new Main())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setUnmatchedOptionsAllowedAsOptionParameters(false)
                .setExitCodeExceptionMapper(new ExitCodes())
                .setExecutionExceptionHandler(ExitCodes::handleExecution)
                .setParameterExceptionHandler(ExitCodes::handleParameter);
    }
}
