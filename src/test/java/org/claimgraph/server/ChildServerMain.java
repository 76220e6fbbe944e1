package org.claimgraph.server;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.claimgraph.store.IngestReport;

/**
 * A server in its own JVM for the kill -9 test: {@code ChildServerMain DB NOTES}. TDB2 at DB,
 * watch mode on NOTES, claimgraph's real markdown ingest ({@link NoteIngest#STORE}). Prints
 * {@code READY port} once serving. After that, every re-ingest by the watcher runs as usual until
 * its write transaction is about to commit: there the child prints {@code IN-TXN file} and stops
 * (it never commits), so a kill -9 sent after that line lands inside the write transaction, after
 * the note's graph was replaced and before the commit. The start-up ingest is not held.
 */
public final class ChildServerMain {
    private static volatile boolean ready;

    public static void main(String[] args) throws Exception {
        NoteIngest real = NoteIngest.STORE;
        NoteIngest held = new NoteIngest() {
            @Override
            public IngestReport ingest(Dataset ds, List<Path> paths) {
                return real.ingest(ds, paths);
            }

            @Override
            public IngestReport ingestFile(Dataset ds, Path root, Path file) {
                return real.ingestFile(ready ? holdAtCommit(ds, file) : ds, root, file);
            }

            @Override
            public boolean dropNote(Dataset ds, String rel) {
                return real.dropNote(ds, rel);
            }
        };
        ClaimgraphServer.Options o = new ClaimgraphServer.Options();
        o.db = Path.of(args[0]);
        o.docs = Path.of(args[1]);
        o.watch = true;
        o.port = 0;
        o.debounce = java.time.Duration.ofMillis(50);
        o.ingest = held;
        ClaimgraphServer s = ClaimgraphServer.start(o, new PrintWriter(System.err, true));
        Runtime.getRuntime().addShutdownHook(new Thread(s::close));
        ready = true;
        System.out.println("READY " + s.port());
        System.out.flush();
        s.join();
    }

    /** The same dataset, but a write commit announces itself and then waits for the kill. */
    static Dataset holdAtCommit(Dataset ds, Path file) {
        return DatasetFactory.wrap(new DatasetGraphWrapper(ds.asDatasetGraph()) {
            @Override
            public void commit() {
                if (transactionMode() == ReadWrite.WRITE) {
                    System.out.println("IN-TXN " + file.getFileName());
                    System.out.flush();
                    try {
                        new CountDownLatch(1).await(); // until kill -9
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("interrupted inside the held write transaction", e);
                    }
                }
                super.commit();
            }
        });
    }
}
