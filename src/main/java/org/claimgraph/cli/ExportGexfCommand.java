package org.claimgraph.cli;

import org.claimgraph.export.ExportFormat;
import picocli.CommandLine.Command;

/** {@code claimgraph export gexf (--db DIR | --docs PATH...) --out FILE [--include KINDS]}. */
@Command(name = "gexf", mixinStandardHelpOptions = true,
        description = {"Writes GEXF 1.3 for Gephi: typed attributes, viz:color by status, viz:size by degree."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "2:usage error", "3:the data could not be opened or the output not written"})
final class ExportGexfCommand extends ExportFormatCommand {
    @Override
    ExportFormat format() { return ExportFormat.GEXF; }
}
