package org.claimgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.claimgraph.export.ExportFormat;
import org.claimgraph.export.ExportSelection;
import org.claimgraph.export.Exporters;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The options every graph export shares: {@code (--db DIR | --docs PATH...) --out DIR|FILE
 * [--include KINDS]}. Each format is a small subclass naming its {@link ExportFormat}.
 */
abstract class ExportFormatCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    DataSourceOptions source;

    @Option(
            names = {"-o", "--out"},
            required = true,
            paramLabel = "DIR|FILE",
            description =
                    "Where to write: a folder for obsidian, canvas and neo4j; a file (or an existing folder) for the others.")
    Path out;

    @Option(
            names = "--include",
            paramLabel = "KINDS",
            defaultValue = "all",
            description =
                    "Node kinds to project, comma-separated: notes, sections, claims, tools, versions, statuses, "
                            + "or all (default: ${DEFAULT-VALUE}). Edges are kept between included kinds only. "
                            + "Add 'history' for the claim history (obsidian: a History section per claim note; jsonld: the history graph).")
    String include;

    abstract ExportFormat format();

    /** Writes the export; a format with options of its own overrides this. */
    Exporters.Result write(Dataset ds, ExportSelection selection) throws java.io.IOException {
        return Exporters.write(format(), ds, selection.kinds(), selection.history(), out);
    }

    @Override
    public Integer call() throws Exception {
        ExportSelection kinds;
        try {
            kinds = ExportSelection.parse(include);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter err = spec.commandLine().getErr();
        try (Opened opened = new Opened(source.open(err))) {
            Dataset ds = opened.dataset();
            Exporters.Result r = write(ds, kinds);
            err.println(r.summary());
            err.flush();
            return source.exitCode(
                    r.vault() != null && !r.vault().skipped().isEmpty() ? ExitCodes.PARTIAL : ExitCodes.OK);
        }
    }
}
