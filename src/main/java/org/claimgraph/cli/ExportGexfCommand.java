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
import org.claimgraph.export.GexfWriter;
import org.claimgraph.export.Projector;
import org.claimgraph.export.PropertyGraph;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code claimgraph export gexf (--db DIR | --docs PATH...) --out FILE [--include KINDS] [--gexf-version 1.3|1.2draft]}. */
@Command(
        name = "gexf",
        mixinStandardHelpOptions = true,
        description = {
            "Writes GEXF for Gephi (1.3, the default) or networkx (1.2draft): typed attributes, viz:color by status, viz:size by degree."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "2:usage error", "3:the data could not be opened or the output not written"})
final class ExportGexfCommand extends ExportFormatCommand {
    @Option(
            names = "--gexf-version",
            paramLabel = "1.3|1.2draft",
            defaultValue = "1.3",
            converter = VersionConverter.class,
            description = "GEXF version: 1.3 (Gephi) or 1.2draft (what networkx.read_gexf reads). Default: 1.3.")
    GexfWriter.Version version;

    /** Reads {@code 1.3} / {@code 1.2draft}; anything else is a usage error before any data is read. */
    static final class VersionConverter implements CommandLine.ITypeConverter<GexfWriter.Version> {
        @Override
        public GexfWriter.Version convert(String value) {
            try {
                return GexfWriter.Version.of(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    @Override
    ExportFormat format() {
        return ExportFormat.GEXF;
    }

    @Override
    Exporters.Result write(Dataset ds, ExportSelection selection) throws IOException {
        if (version == GexfWriter.Version.V1_3) return super.write(ds, selection);
        PropertyGraph g = Projector.project(ds, selection.kinds());
        Path file = Files.isDirectory(out) ? out.resolve(format().defaultFileName()) : out;
        if (file.toAbsolutePath().getParent() != null)
            Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream o = Files.newOutputStream(file)) {
            GexfWriter.write(g, version, o);
        }
        return new Exporters.Result(
                format(), List.of(file), null, g.nodes().size(), g.edges().size());
    }
}
