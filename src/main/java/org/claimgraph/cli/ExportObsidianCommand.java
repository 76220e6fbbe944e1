package org.claimgraph.cli;

import org.claimgraph.export.ExportFormat;
import picocli.CommandLine.Command;

/** {@code claimgraph export obsidian (--db DIR | --docs PATH...) --out DIR [--include KINDS]}. */
@Command(
        name = "obsidian",
        mixinStandardHelpOptions = true,
        description = {
            "Writes an Obsidian vault: one note per source note (sections as headings), claim and tool,",
            "index notes per status and for tools, and a JSON Canvas per source note.",
            "Re-exporting into the same folder updates our notes in place and never touches files you wrote;",
            "what you write below the last line of one of our notes is kept."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:written",
            "1:written, but some paths hold files of yours and were skipped",
            "2:usage error",
            "3:the data could not be opened or the output not written"
        })
final class ExportObsidianCommand extends ExportFormatCommand {
    @Override
    ExportFormat format() {
        return ExportFormat.OBSIDIAN;
    }
}
