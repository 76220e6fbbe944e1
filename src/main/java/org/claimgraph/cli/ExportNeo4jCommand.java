package org.claimgraph.cli;

import org.claimgraph.export.ExportFormat;
import picocli.CommandLine.Command;

/** {@code claimgraph export neo4j (--db DIR | --docs PATH...) --out DIR [--include KINDS]}. */
@Command(
        name = "neo4j",
        mixinStandardHelpOptions = true,
        description = {
            "Writes nodes.csv and relationships.csv for: neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv"
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "2:usage error", "3:the data could not be opened or the output not written"})
final class ExportNeo4jCommand extends ExportFormatCommand {
    @Override
    ExportFormat format() {
        return ExportFormat.NEO4J;
    }
}
