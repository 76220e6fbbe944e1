package org.claimgraph.cli;

import org.claimgraph.export.ExportFormat;
import picocli.CommandLine.Command;

/** {@code claimgraph export graphml (--db DIR | --docs PATH...) --out FILE [--include KINDS]}. */
@Command(
        name = "graphml",
        mixinStandardHelpOptions = true,
        description = {
            "Writes GraphML with typed keys (label, kind, status, maturity …) for Gephi, styled for yEd",
            "(node fill colour by status)."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "2:usage error", "3:the data could not be opened or the output not written"})
final class ExportGraphmlCommand extends ExportFormatCommand {
    @Override
    ExportFormat format() {
        return ExportFormat.GRAPHML;
    }
}
