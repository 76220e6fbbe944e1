package org.claimgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.claimgraph.store.IngestReport;
import org.claimgraph.store.NotePipeline;
import org.claimgraph.store.RemoteStore;
import org.claimgraph.store.StoreException;
import org.claimgraph.store.Stores;
import picocli.CommandLine.Option;

/**
 * The shared {@code (--db DIR | --store sparql:URL | --docs PATH...)} choice of where a command reads its graph.
 * Use as {@code @ArgGroup(exclusive = true, multiplicity = "1") DataSourceOptions source;}.
 */
public final class DataSourceOptions {
    @Option(
            names = "--db",
            paramLabel = "DIR",
            description = "TDB2 database directory written by 'claimgraph ingest --db'.")
    Path db;

    @Option(
            names = "--docs",
            paramLabel = "PATH",
            arity = "1..*",
            description = "Notes (files or folders) to ingest into memory first.")
    List<Path> docs;

    @Option(
            names = "--store",
            paramLabel = "sparql:URL",
            description =
                    "A SPARQL 1.1 store written by 'claimgraph ingest --store' (sparql:BASE or sparql:query=URL;gsp=URL); "
                            + "its named graphs are copied into memory first.")
    String store;

    /** Paths named with {@code --docs} that did not exist at the last {@link #open(PrintWriter)}. */
    private int missingInputs;

    /** Opens the dataset: TDB2 for --db, a copy of the remote store for --store, --docs ingested into memory otherwise. */
    public Dataset open() {
        return open(null);
    }

    /**
     * As {@link #open()}. With {@code --docs}, a named path that does not exist is an input error:
     * listed on {@code err} (when not null) with the prefix {@link ExitCodes#PREFIX} and counted for
     * {@link #exitCode(int)}; the other paths are read. Notes that fail to ingest are listed as
     * warnings with their location (as {@code ingest} reports them) and the rest is used. The
     * caller closes the dataset.
     *
     * @throws StoreException the database does not exist or cannot be opened
     * @throws InputException no note could be ingested from {@code --docs}
     */
    public Dataset open(PrintWriter err) {
        if (db != null) return Stores.tdb2Existing(db);
        if (store != null) {
            try (RemoteStore remote = RemoteStore.connect(store)) {
                if (err != null) remote.dialect().ifPresent(d -> err.println("store: " + d));
                return remote.fetch();
            } catch (RuntimeException e) {
                throw new StoreException("cannot read " + RemoteStore.redact(store) + ": " + e.getMessage(), e);
            }
        }
        List<Path> present = docs.stream().filter(java.nio.file.Files::exists).toList();
        missingInputs = docs.size() - present.size();
        if (err != null) {
            for (Path p : docs)
                if (!present.contains(p)) err.println(ExitCodes.PREFIX + p + ": no such file or folder");
            err.flush();
        }
        if (present.isEmpty()) throw new InputException("no note could be ingested from " + docs);
        Dataset ds = Stores.inMemory();
        IngestReport report = NotePipeline.of(ds).ingest(present);
        if (err != null) {
            for (IngestReport.Failure f : report.failures()) err.println("warning: " + f);
            err.flush();
        }
        if (report.notes() == 0) {
            ds.close();
            throw new InputException("no note could be ingested from " + docs);
        }
        return ds;
    }

    /**
     * Closes a dataset from {@link #open} and lets go of what it held: a TDB2 database is expelled
     * (its caches freed, the folder unlocked; {@link #open} connects again), a copy in memory is left
     * to the collector. For a command that has read what it needs before a long step (audit's
     * validation), so that the step does not carry the store in the heap.
     */
    public void release(Dataset dataset) {
        org.claimgraph.store.Stores.release(dataset);
    }

    /** Whether {@link #writeBack} sends anything ({@code --store}). */
    public boolean writesBack() {
        return store != null;
    }

    /** The command's own code, or 1 when it succeeded but a path named with {@code --docs} does not exist. */
    public int exitCode(int commandCode) {
        return commandCode == ExitCodes.OK && missingInputs > 0 ? ExitCodes.PARTIAL : commandCode;
    }

    /** "--db DIR", "--store URL" or "--docs PATH..." for messages. */
    public String describe() {
        return db != null ? "--db " + db : store != null ? "--store " + RemoteStore.redact(store) : "--docs " + docs;
    }

    /**
     * After a command wrote {@code graphIris} into the dataset from {@link #open}: sends them to
     * the remote store with --store (one GSP PUT each); nothing to do for --db (written in place)
     * or --docs (memory only).
     */
    public void writeBack(Dataset dataset, String... graphIris) {
        if (store == null) return;
        try (RemoteStore remote = RemoteStore.connect(store)) {
            remote.push(dataset, java.util.List.of(graphIris));
        }
    }
}
