package org.claimgraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code claimgraph export FORMAT ...}: parent of one subcommand per export format. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = "Writes the graph in another format. Run 'claimgraph export FORMAT --help' for each format.",
        subcommands = {
            ExportRdfCommand.class,
            ExportObsidianCommand.class,
            ExportCanvasCommand.class,
            ExportGraphmlCommand.class,
            ExportGexfCommand.class,
            ExportNeo4jCommand.class,
            ExportCytoscapeCommand.class,
            ExportJsonldCommand.class,
        })
final class ExportCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(
                spec.commandLine(), "missing export format (see 'claimgraph export --help')");
    }
}
