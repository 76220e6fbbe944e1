package org.claimgraph.cli;

import org.claimgraph.export.ExportFormat;
import picocli.CommandLine.Command;

/** {@code claimgraph export cytoscape (--db DIR | --docs PATH...) --out FILE [--include KINDS]}. */
@Command(
        name = "cytoscape",
        mixinStandardHelpOptions = true,
        description = {"Writes Cytoscape.js JSON (elements with data), also importable in Cytoscape desktop."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "2:usage error", "3:the data could not be opened or the output not written"})
final class ExportCytoscapeCommand extends ExportFormatCommand {
    @Override
    ExportFormat format() {
        return ExportFormat.CYTOSCAPE;
    }
}
