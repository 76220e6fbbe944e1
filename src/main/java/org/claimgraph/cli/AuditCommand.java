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
import org.apache.jena.shacl.Shapes;
import org.claimgraph.rdf.Iris;
import org.claimgraph.validate.Audit;
import org.claimgraph.validate.DataGraph;
import org.claimgraph.validate.ReportWriters;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code claimgraph audit}: the human report of unverified, stale, contradictory or badly referenced claims. */
@Command(
        name = "audit",
        mixinStandardHelpOptions = true,
        description = {
            "Audits the notes: summary by status and severity, findings by note and section with file:line,",
            "the unverifiable claims, the coverage comparison and the multiplier arithmetic.",
            "With --db the findings are also stored in the named graph " + Iris.AUDIT_GRAPH + " (replaced each run)."
        })
public final class AuditCommand implements Callable<Integer> {
    enum Format {
        md,
        html,
        json
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    DataSourceOptions source;

    @Option(
            names = "--as-of",
            paramLabel = "DATE",
            description =
                    "Audit date (YYYY-MM-DD): update dates more than 365 days before it are stale. Default: today.")
    LocalDate asOf;

    @Option(
            names = "--format",
            paramLabel = "md|html|json",
            defaultValue = "md",
            description = "md, html (one self-contained file) or json. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    Path out;

    @Option(
            names = "--shapes",
            paramLabel = "DIR",
            description = "Folder of shape files. Default: the shapes packaged in the jar.")
    Path shapesDir;

    @Option(
            names = "--lang",
            paramLabel = "en|zh",
            defaultValue = "en",
            description = "Language of the shapes' messages: en or zh. Default: ${DEFAULT-VALUE}.")
    String lang;

    @Option(
            names = "--since",
            paramLabel = "DATE",
            description = {
                "Also report which findings are new, resolved and still open since the start of DATE (YYYY-MM-DD, UTC),",
                "comparing with the store as the claim history says it was then; the HTML report charts findings per severity over the recorded runs."
            })
    LocalDate since;

    /** At most this many recorded runs are re-audited for the HTML chart (the latest ones). */
    static final int CHART_RUNS = 12;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Graph shapesGraph = ValidateCommand.shapes(shapesDir);
        LocalDate date = asOf == null ? LocalDate.now() : asOf;
        Audit.Result r;
        org.claimgraph.validate.FindingChanges changes = null;
        // --since reads the store again afterwards: --db opens it again, --docs and --store (copies in
        // memory that cost an ingest or a download to make) keep theirs while validating
        boolean keep = since != null && source.db == null;
        Dataset kept = null;
        long t0;
        DataGraph.Parts data;
        // not held while validating (released here): the data graph is all the validation needs
        try (Opened opened = new Opened(source.open(err), keep ? Opened.KEEP : source::release)) {
            t0 = System.nanoTime();
            data = DataGraph.parts(opened.dataset(), date);
            if (keep) kept = opened.dataset();
        }
        try (Opened keptOpened = kept == null ? null : new Opened(kept)) {
            r = Audit.run(data, shapesGraph, Shapes.parse(shapesGraph), date, lang);
            err.println(NoteValidation.timing(r.coverage().size(), t0)); // coverage: one result per note
            data = null; // the findings are all the rest needs: the graph may go while the audit is written
            store(r, kept);
            if (since != null) {
                if (kept != null) changes = since(kept, shapesGraph, r, err);
                else
                    try (Opened opened = new Opened(source.open(err), source::release)) {
                        changes = since(opened.dataset(), shapesGraph, r, err);
                    }
            }
        }
        String text = switch (format) {
            case md -> ReportWriters.markdown(r);
            case html -> ReportWriters.html(r);
            case json -> ReportWriters.json(r);
        };
        if (changes != null) text = org.claimgraph.validate.SinceReport.addTo(text, format.name(), changes);
        if (out == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        } else {
            try {
                if (out.toAbsolutePath().getParent() != null)
                    Files.createDirectories(out.toAbsolutePath().getParent());
                Files.writeString(out, text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IOException("cannot write " + out + ": " + e.getMessage(), e);
            }
            err.println("audit report written to " + out + " (" + r.findings().size() + " findings)");
        }
        return source.exitCode(ExitCodes.OK);
    }

    /**
     * Writes the audit graph of {@code r} in a write transaction of its own, after validating: with
     * {@code --db} the database is opened again for it (nothing is written when validation failed, so
     * the audit graph of the last run stays); with {@code --store} the graph alone is sent (one GSP PUT);
     * with {@code --docs} nothing outlives the command, so nothing is written.
     */
    private void store(Audit.Result r, Dataset kept) {
        if (source.db != null) {
            try (Opened opened = new Opened(source.open(), source::release)) {
                Audit.store(opened.dataset(), r);
            }
            return;
        }
        if (!source.writesBack()) return;
        Dataset target = kept != null ? kept : org.apache.jena.query.DatasetFactory.createTxnMem();
        Audit.store(target, r);
        source.writeBack(target, Iris.AUDIT_GRAPH);
    }

    /** The findings now against those of the store at the start of {@link #since}, rebuilt from the claim history. */
    private org.claimgraph.validate.FindingChanges since(
            Dataset ds, Graph shapesGraph, Audit.Result now, PrintWriter err) {
        java.time.Instant start = since.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        java.util.List<java.time.Instant> runs = org.apache.jena.system.Txn.calculateRead(
                ds,
                () -> org.claimgraph.history.PastState.runTimes(
                        ds.asDatasetGraph().getGraph(org.claimgraph.rdf.CGH.historyGraph)));
        if (runs.isEmpty())
            err.println("claimgraph audit: the store records no claim history, so every finding counts as still open");
        Audit.Result then =
                Audit.run(org.claimgraph.history.PastState.at(ds, start.minusMillis(1)), shapesGraph, since, lang);
        java.util.List<org.claimgraph.validate.FindingChanges.Point> points = new java.util.ArrayList<>();
        if (format == Format.html) {
            for (java.time.Instant t : runs.subList(Math.max(0, runs.size() - CHART_RUNS), runs.size())) {
                Audit.Result at = Audit.run(
                        org.claimgraph.history.PastState.at(ds, t),
                        shapesGraph,
                        t.atZone(java.time.ZoneOffset.UTC).toLocalDate(),
                        lang);
                points.add(new org.claimgraph.validate.FindingChanges.Point(
                        t, org.claimgraph.validate.FindingChanges.counts(at.findings())));
            }
        }
        return org.claimgraph.validate.FindingChanges.compare(since, then.findings(), now.findings(), points);
    }
}
