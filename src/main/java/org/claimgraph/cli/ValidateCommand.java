package org.claimgraph.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.claimgraph.validate.Audit;
import org.claimgraph.validate.DataGraph;
import org.claimgraph.validate.Finding;
import org.claimgraph.validate.Severity;
import org.claimgraph.validate.ShapesLoader;
import org.claimgraph.validate.Validation;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code claimgraph validate}: runs the SHACL shapes and prints the standard validation report. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = {
            "Validates the graph against the SHACL shapes and prints a standard sh:ValidationReport.",
            "Exit code follows --fail-on, like a linter: 1 when a result at that severity or worse exists."
        })
public final class ValidateCommand implements Callable<Integer> {
    enum Format {
        ttl,
        json,
        text
    }

    enum FailOn {
        violation,
        warning,
        info
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    DataSourceOptions source;

    @Option(
            names = "--shapes",
            paramLabel = "DIR",
            description = "Folder of shape files (*.ttl). Default: the shapes packaged in the jar.")
    Path shapesDir;

    @Option(
            names = "--format",
            paramLabel = "ttl|json|text",
            defaultValue = "text",
            description =
                    "Output: ttl (sh:ValidationReport in Turtle), json (JSON-LD of the report), text (one line per result). Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(
            names = "--fail-on",
            paramLabel = "violation|warning|info",
            defaultValue = "violation",
            description =
                    "Lowest severity that makes the exit code 1: violation, warning or info. Default: ${DEFAULT-VALUE}.")
    FailOn failOn;

    @Option(
            names = "--as-of",
            paramLabel = "DATE",
            description = "Audit date (YYYY-MM-DD) for the date rules. Default: today.")
    LocalDate asOf;

    @Option(
            names = "--note",
            paramLabel = "PATH",
            description = "With --db: validate only this note file against the store "
                    + "(as if it were re-ingested; nothing is written). Prints its findings.")
    Path note;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    NoteSizeOption noteSize = new NoteSizeOption();

    @Override
    public Integer call() {
        noteSize.apply();
        PrintWriter out = spec.commandLine().getOut();
        Graph shapesGraph = shapes(shapesDir);
        Shapes shapes = Shapes.parse(shapesGraph);
        LocalDate date = asOf == null ? LocalDate.now() : asOf;
        if (note != null) return validateNote(out, shapesGraph, date);
        long t0 = System.nanoTime();
        Graph data;
        // released, not only closed: a TDB2 database keeps its caches in the heap until it is expelled
        try (Opened opened = new Opened(source.open(spec.commandLine().getErr()), source::release)) {
            Dataset ds = opened.dataset();
            data = DataGraph.of(ds, date);
        }
        // the text format reads the results only: no report graph to build (Validation.results)
        ValidationReport report = format == Format.text ? null : Validation.validate(data, shapes);
        java.util.List<org.apache.jena.shacl.validation.ReportEntry> results =
                report == null ? Validation.results(data, shapes) : java.util.List.copyOf(report.getEntries());
        switch (format) {
            case ttl -> {
                StringWriter w = new StringWriter();
                RDFDataMgr.write(w, report.getModel(), RDFFormat.TURTLE_PRETTY);
                out.print(w);
            }
            case json -> {
                StringWriter w = new StringWriter();
                RDFDataMgr.write(w, report.getModel(), RDFFormat.JSONLD11_PRETTY);
                out.print(w);
            }
            case text -> {
                var rules = new org.claimgraph.validate.RuleNames(shapesGraph);
                java.util.List<Finding> findings = new java.util.ArrayList<>();
                for (var e : results) findings.add(Audit.finding(data, e, rules, "en"));
                findings.sort(Audit.ORDER);
                for (Finding f : findings)
                    out.println(f.location() + ": " + f.severity().label() + " [" + f.rule() + "] " + f.message()
                            + (f.action().isEmpty() ? "" : " — " + f.action()));
                out.println(findings.size() + " result(s); conforms: " + results.isEmpty());
            }
        }
        spec.commandLine().getErr().println(NoteValidation.timing(countNotes(data), t0));
        out.flush();
        Severity threshold = Severity.valueOf(failOn.name().toUpperCase(java.util.Locale.ROOT));
        boolean fail =
                results.stream().anyMatch(e -> Severity.of(e.severity().level()).atLeast(threshold));
        return source.exitCode(fail ? ExitCodes.PARTIAL : ExitCodes.OK);
    }

    /** The shapes graph of {@code --shapes DIR} (the packaged shapes when null); a folder that is not one is a usage error. */
    static Graph shapes(java.nio.file.Path dir) {
        try {
            return ShapesLoader.graph(dir);
        } catch (RuntimeException e) {
            throw new UsageException(e.getMessage(), e);
        }
    }

    /** {@code --note PATH}: one note against the store, printed like the text format. */
    private int validateNote(PrintWriter out, Graph shapesGraph, LocalDate date) {
        if (source.db == null)
            throw new UsageException("--note needs --db DIR (the store the note is checked against)");
        NoteValidation.Result r;
        try {
            r = NoteValidation.run(source.db, note, shapesGraph, date);
        } catch (org.claimgraph.store.StoreException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new InputException(e.getMessage(), e);
        }
        for (Finding f : r.findings())
            out.println(f.location() + ": " + f.severity().label() + " [" + f.rule() + "] " + f.message()
                    + (f.action().isEmpty() ? "" : " — " + f.action()));
        out.println(r.findings().size() + " finding(s) in " + r.relativePath());
        out.flush();
        spec.commandLine().getErr().println("validated 1 note in " + r.millis() + " ms");
        Severity threshold = Severity.valueOf(failOn.name().toUpperCase(java.util.Locale.ROOT));
        return r.findings().stream().anyMatch(f -> f.severity().atLeast(threshold)) ? Main.EXIT_PARTIAL : 0;
    }

    private static int countNotes(Graph data) {
        return data.find(
                        org.apache.jena.graph.Node.ANY,
                        org.claimgraph.rdf.CG.sourcePath,
                        org.apache.jena.graph.Node.ANY)
                .toList()
                .size();
    }
}
