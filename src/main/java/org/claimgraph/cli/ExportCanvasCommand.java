package org.claimgraph.cli;

import org.claimgraph.export.ExportFormat;
import picocli.CommandLine.Command;

/** {@code claimgraph export canvas (--db DIR | --docs PATH...) --out DIR [--include KINDS]}. */
@Command(
        name = "canvas",
        mixinStandardHelpOptions = true,
        description = {
            "Writes one JSON Canvas 1.0 file per source note into DIR/Canvas. Its file nodes point into the vault",
            "that 'export obsidian' writes: export both into the same folder."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:written",
            "1:written, but some paths hold files of yours and were skipped",
            "2:usage error",
            "3:the data could not be opened or the output not written"
        })
final class ExportCanvasCommand extends ExportFormatCommand {
    @Override
    ExportFormat format() {
        return ExportFormat.CANVAS;
    }
}
