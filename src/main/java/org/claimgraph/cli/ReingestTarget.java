package org.claimgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.claimgraph.rdf.Iris;
import org.claimgraph.store.ChangeStep;
import org.claimgraph.store.IngestReport;
import org.claimgraph.store.NotePipeline;
import org.claimgraph.store.RemoteStore;
import org.claimgraph.store.Stores;
import org.claimgraph.store.WriteContext;
import org.claimgraph.validate.LiveAudit;
import picocli.CommandLine.Option;

/**
 * {@code --db DIR | --store sparql:URL} of {@code verify}: where the written note is ingested again,
 * through {@link NotePipeline} with {@link ChangeSteps#all()}: with {@code --db} the change is a
 * history run whose agent is {@code --by} (the OS user without it); a remote store ({@code --store})
 * gets one Graph Store Protocol PUT and records no history (steps need a local transaction).
 * The note keeps the graph name it was ingested under: the longest tail of its path
 * ({@code a.md}, {@code dir/a.md} …) whose graph the store already holds, else its file name.
 */
final class ReingestTarget {
    @Option(names = "--db", paramLabel = "DIR", description = "TDB2 database to ingest the written note into.")
    Path db;

    @Option(
            names = "--store",
            paramLabel = "sparql:URL",
            description = "SPARQL store to ingest the written note into (GSP PUT).")
    String store;

    int reingest(Path file, String text, String by, PrintWriter out, PrintWriter err) {
        try {
            IngestReport report;
            if (db != null) {
                Dataset ds = Stores.tdb2Existing(db);
                try {
                    String rel = graphName(
                            file,
                            iri -> Txn.calculateRead(
                                    ds, () -> ds.asDatasetGraph().containsGraph(NodeFactory.createURI(iri))));
                    List<ChangeStep> steps = ChangeSteps.all();
                    report = NotePipeline.builder(ds)
                            .steps(steps)
                            .context(context(by))
                            .build()
                            .ingestText(rel, text);
                    ChangeSteps.liveAudit(steps)
                            .map(LiveAudit::total)
                            .filter(o -> !o.skipped())
                            .ifPresent(o -> out.println(o.summary()));
                } finally {
                    ds.close();
                }
            } else {
                try (RemoteStore remote = RemoteStore.connect(store)) {
                    String rel = graphName(file, remote.graphs()::contains);
                    report = NotePipeline.builder(remote)
                            .build()
                            .ingestText(rel, text); // one GSP PUT; no steps remotely
                }
            }
            if (!report.failures().isEmpty()) {
                for (IngestReport.Failure f : report.failures()) err.println("warning: " + f);
                err.flush();
            }
            out.println("re-ingested into " + (db != null ? "--db " + db : "--store " + store)
                    + (by == null ? "" : " (by " + by + ")")
                    + (db != null ? "" : "; no history event: a remote store records none"));
            out.flush();
            return 0;
        } catch (RuntimeException e) {
            err.println("the note is written, but the store was not updated: " + e.getMessage()
                    + " (run: claimgraph ingest " + file + (db != null ? " --db " + db : " --store " + store) + ")");
            err.flush();
            return Main.EXIT_FAILED;
        }
    }

    /** The history run's context: now, {@code --by} as agent (the OS user without it). */
    static WriteContext context(String by) {
        WriteContext now = WriteContext.now(NotePipeline.TOOL);
        return by == null || by.isBlank()
                ? now
                : new WriteContext(now.time(), by.strip(), now.tool(), Optional.empty());
    }

    /** The longest tail of {@code file}'s path whose graph {@code exists}, else the file name. */
    static String graphName(Path file, java.util.function.Predicate<String> exists) {
        Path abs = file.toAbsolutePath().normalize();
        List<String> parts = new ArrayList<>();
        abs.forEach(p -> parts.add(p.toString()));
        for (int k = parts.size(); k >= 1; k--) {
            String rel = String.join("/", parts.subList(parts.size() - k, parts.size()));
            if (exists.test(Iris.graphIri(rel))) return rel;
        }
        return parts.get(parts.size() - 1);
    }
}
