package org.claimgraph.server;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.claimgraph.store.IngestReport;

/**
 * A server in its own JVM for the kill -9 test: {@code ChildServerMain DB NOTES}. TDB2 at DB,
 * watch mode on NOTES, the Turtle stand-in ingest; prints READY, INGEST-START and INGEST-END lines.
 */
public final class ChildServerMain {
    public static void main(String[] args) throws Exception {
        TurtleNotes turtle = new TurtleNotes();
        NoteIngest traced = new NoteIngest() {
            @Override public IngestReport ingest(Dataset ds, List<Path> paths) { return turtle.ingest(ds, paths); }
            @Override public IngestReport ingestFile(Dataset ds, Path root, Path file) {
                System.out.println("INGEST-START " + file.getFileName());
                System.out.flush();
                IngestReport r = turtle.ingestFile(ds, root, file);
                System.out.println("INGEST-END " + file.getFileName());
                System.out.flush();
                return r;
            }
            @Override public boolean dropNote(Dataset ds, String rel) { return turtle.dropNote(ds, rel); }
        };
        ClaimgraphServer.Options o = new ClaimgraphServer.Options();
        o.db = Path.of(args[0]);
        o.docs = Path.of(args[1]);
        o.watch = true;
        o.port = 0;
        o.debounce = java.time.Duration.ofMillis(50);
        o.ingest = traced;
        ClaimgraphServer s = ClaimgraphServer.start(o, new PrintWriter(System.err, true));
        Runtime.getRuntime().addShutdownHook(new Thread(s::close));
        System.out.println("READY " + s.port());
        System.out.flush();
        s.join();
    }
}
