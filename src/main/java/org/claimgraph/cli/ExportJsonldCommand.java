package org.claimgraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.claimgraph.export.ExportFormat;
import org.claimgraph.export.ExportSelection;
import org.claimgraph.export.Exporters;
import org.claimgraph.export.JsonLdWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code claimgraph export jsonld (--db DIR | --docs PATH...) --out FILE [--include KINDS]}. */
@Command(
        name = "jsonld",
        mixinStandardHelpOptions = true,
        description = {
            "Writes the whole dataset as JSON-LD 1.1 compacted with the published context (ontology/context.jsonld).",
            "--include does not apply (this is the RDF itself, not the projection), except --include history: the claim",
            "history graph is left out unless it is asked for."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "2:usage error", "3:the data could not be opened or the output not written"})
final class ExportJsonldCommand extends ExportFormatCommand {
    @Option(
            names = "--inline-context",
            description = "Embed the context object instead of referring to " + JsonLdWriter.CONTEXT_URL
                    + " (reads offline with any processor).")
    boolean inlineContext;

    @Override
    ExportFormat format() {
        return ExportFormat.JSONLD;
    }

    @Override
    Exporters.Result write(Dataset ds, ExportSelection selection) throws IOException {
        if (!inlineContext) {
            return super.write(ds, selection);
        }
        Path file = Files.isDirectory(out) ? out.resolve(format().defaultFileName()) : out;
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        try (OutputStream o = Files.newOutputStream(file)) {
            JsonLdWriter.write(ds, true, selection.history(), o);
        }
        return new Exporters.Result(format(), List.of(file), null, 0, 0);
    }
}
