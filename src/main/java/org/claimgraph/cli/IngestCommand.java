package org.claimgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.claimgraph.store.ChangeStep;
import org.claimgraph.store.IngestReport;
import org.claimgraph.store.NotePipeline;
import org.claimgraph.store.RemoteStore;
import org.claimgraph.store.StoreException;
import org.claimgraph.store.Stores;
import org.claimgraph.validate.LiveAudit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code claimgraph ingest PATH... [--db DIR | --store sparql:URL]}. */
@Command(
        name = "ingest",
        mixinStandardHelpOptions = true,
        description = {
            "Reads notes (.md, .markdown, .txt; folders are walked, hidden folders skipped) and stores each in its own "
                    + "named graph: a new database through TDB2's bulk loader, later ingests in batches of notes per write "
                    + "transaction. A note whose bytes are unchanged since the last ingest is not re-written (counted as "
                    + "'unchanged'). A note that fails keeps the graph it had before.",
            "Prints a summary: notes, unchanged notes, empty notes (0-byte or whitespace-only files, stored as notes with "
                    + "no content), claims, provenance markers, status assertions, triples, and every unparsed line with "
                    + "file:line; failures go to standard error with their location.",
            "When the store keeps an audit graph (made by 'claimgraph audit --db'), the changed notes are re-validated in "
                    + "the transaction that writes them and the summary ends with 're-validated K notes in N ms'."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every note ingested",
            "1:some notes failed or carry a half-written provenance block (the rest is stored)",
            "2:usage error",
            "3:nothing was ingested (every note failed, no notes found, or the store could not be opened)"
        })
final class IngestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Note files or folders of notes.")
    List<Path> paths;

    @Option(
            names = "--db",
            paramLabel = "DIR",
            description =
                    "TDB2 database directory (created when absent). Without it the notes are ingested into memory and only the summary is kept.")
    Path db;

    @Option(
            names = "--store",
            paramLabel = "sparql:URL",
            description =
                    "Write to a SPARQL 1.1 store instead of --db: one Graph Store Protocol PUT per note graph, sent as each note is ready. "
                            + "sparql:BASE (BASE/sparql, BASE/data) or sparql:query=URL;gsp=URL. Basic auth: user:password@ in the URL "
                            + "or the environment variables CLAIMGRAPH_STORE_USER / CLAIMGRAPH_STORE_PASSWORD.")
    String store;

    @Option(
            names = "--no-progress",
            description = "Never show the progress bar (it is shown only when a terminal is attached).")
    boolean noProgress;

    @Mixin
    NoteSizeOption noteSize = new NoteSizeOption();

    @Override
    public Integer call() {
        noteSize.apply();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (store != null) {
            if (db != null) throw new UsageException("--db and --store do not go together");
            IngestReport report;
            try (RemoteStore remote = RemoteStore.connect(store)) {
                remote.dialect().ifPresent(d -> err.println("store: " + d));
                report = NotePipeline.builder(remote)
                        .steps(ChangeSteps.all())
                        .build()
                        .ingest(paths);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage(), e);
            } catch (RuntimeException e) {
                throw new StoreException("cannot write to " + RemoteStore.redact(store) + ": " + e.getMessage(), e);
            }
            printSummary(report, out, err);
            if (report.notes() == 0) return Main.EXIT_FAILED;
            return report.failures().isEmpty() ? 0 : Main.EXIT_PARTIAL;
        }
        IngestReport report;
        String reValidated;
        try (Opened opened = new Opened(db != null ? Stores.tdb2(db) : Stores.inMemory())) {
            List<ChangeStep> steps = ChangeSteps.all();
            NotePipeline pipeline =
                    NotePipeline.builder(opened.dataset()).steps(steps).build();
            report = noProgress || System.console() == null ? pipeline.ingest(paths) : withProgressBar(pipeline);
            reValidated = reValidated(opened.dataset(), steps);
        }
        printSummary(report, out, err);
        if (reValidated != null) {
            out.println(reValidated);
            out.flush();
        }
        if (report.notes() == 0) return Main.EXIT_FAILED;
        return report.failures().isEmpty() ? 0 : Main.EXIT_PARTIAL;
    }

    /**
     * "re-validated K notes in N ms" when the store keeps an audit graph (the live audit ran in the
     * write transactions, or nothing changed: 0 notes), else null.
     */
    private static String reValidated(Dataset ds, List<ChangeStep> steps) {
        LiveAudit.Outcome o = ChangeSteps.liveAudit(steps).map(LiveAudit::total).orElse(null);
        if (o != null && !o.skipped()) return o.summary();
        boolean kept = Txn.calculateRead(ds, () -> LiveAudit.kept(ds.asDatasetGraph()));
        return kept ? new LiveAudit.Outcome(0, 0, null, false).summary() : null;
    }

    private IngestReport withProgressBar(NotePipeline pipeline) {
        ProgressBar[] bar = new ProgressBar[1];
        try {
            return pipeline.ingest(
                    paths,
                    n -> bar[0] = new ProgressBarBuilder()
                            .setTaskName("ingest")
                            .setInitialMax(n)
                            .setStyle(ProgressBarStyle.ASCII)
                            .setConsumer(new ConsoleProgressBarConsumer(System.err))
                            .build(),
                    rel -> {
                        bar[0].step();
                        bar[0].setExtraMessage(rel);
                    });
        } finally {
            if (bar[0] != null) bar[0].close();
        }
    }

    static void printSummary(IngestReport r, PrintWriter out, PrintWriter err) {
        out.printf("notes:              %d%n", r.notes());
        out.printf("unchanged:          %d%n", r.unchanged());
        out.printf("empty notes:        %d%n", r.emptyNotes());
        out.printf("claims:             %d%n", r.claims());
        out.printf("provenance markers: %d%n", r.provenanceBlocks());
        out.printf("status assertions:  %d%n", r.statusAssertions());
        out.printf("triples:            %d%n", r.triples());
        out.printf("unparsed lines:     %d%n", r.unparsed().size());
        for (String u : r.unparsed()) out.println("  " + u);
        out.flush();
        if (!r.failures().isEmpty()) {
            err.printf("failed: %d%n", r.failures().size());
            for (IngestReport.Failure f : r.failures()) err.println("  " + f);
            err.flush();
        }
    }
}
