package org.claimgraph.cli;

import org.claimgraph.export.ExportFormat;
import picocli.CommandLine.Command;

/** {@code claimgraph export jsonld (--db DIR | --docs PATH...) --out FILE [--include KINDS]}. */
@Command(name = "jsonld", mixinStandardHelpOptions = true,
        description = {"Writes the whole dataset as JSON-LD 1.1 compacted with the published context (ontology/context.jsonld).",
                "--include does not apply: this is the RDF itself, not the projection."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "2:usage error", "3:the data could not be opened or the output not written"})
final class ExportJsonldCommand extends ExportFormatCommand {
    @Override
    ExportFormat format() { return ExportFormat.JSONLD; }
}
