package org.claimgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.claimgraph.rdf.Iris;
import org.claimgraph.validate.Audit;
import org.claimgraph.validate.ReportWriters;
import org.claimgraph.validate.ShapesLoader;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code claimgraph audit}: the human report of unverified, stale, contradictory or badly referenced claims. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {"Audits the notes: summary by status and severity, findings by note and section with file:line,",
                "the unverifiable claims, the coverage comparison and the multiplier arithmetic.",
                "With --db the findings are also stored in the named graph " + Iris.AUDIT_GRAPH + " (replaced each run)."})
public final class AuditCommand implements Callable<Integer> {
    enum Format { md, html, json }

    @ArgGroup(exclusive = true, multiplicity = "1")
    DataSourceOptions source;

    @Option(names = "--as-of", paramLabel = "DATE", description = "Audit date (YYYY-MM-DD): update dates more than 365 days before it are stale. Default: today.")
    LocalDate asOf;

    @Option(names = "--format", paramLabel = "md|html|json", defaultValue = "md", description = "md, html (one self-contained file) or json. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    Path out;

    @Option(names = "--shapes", paramLabel = "DIR", description = "Folder of shape files. Default: the shapes packaged in the jar.")
    Path shapesDir;

    @Option(names = "--lang", paramLabel = "en|zh", defaultValue = "en", description = "Language of the shapes' messages: en or zh. Default: ${DEFAULT-VALUE}.")
    String lang;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Graph shapesGraph = ValidateCommand.shapes(shapesDir);
        LocalDate date = asOf == null ? LocalDate.now() : asOf;
        Audit.Result r;
        try (Opened opened = new Opened(source.open(err))) {
            Dataset ds = opened.dataset();
            long t0 = System.nanoTime();
            r = Audit.run(ds, shapesGraph, date, lang);
            err.println(NoteValidation.timing(r.coverage().size(), t0));  // coverage: one result per note
            Audit.store(ds, r);
            source.writeBack(ds, Iris.AUDIT_GRAPH);
        }
        String text = switch (format) {
            case md -> ReportWriters.markdown(r);
            case html -> ReportWriters.html(r);
            case json -> ReportWriters.json(r);
        };
        if (out == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        } else {
            try {
                if (out.toAbsolutePath().getParent() != null) Files.createDirectories(out.toAbsolutePath().getParent());
                Files.writeString(out, text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IOException("cannot write " + out + ": " + e.getMessage(), e);
            }
            err.println("audit report written to " + out + " (" + r.findings().size() + " findings)");
        }
        return source.exitCode(ExitCodes.OK);
    }
}
