package org.claimgraph.validate;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * CPU per quad write in the audit graph of a stored {@code -Dlive.notes} (default 1 000) note
 * audit: Jena's in-memory dataset ({@code createTxnMem}) against {@link
 * org.claimgraph.store.Stores#inMemory()} holding the same quads, alternately: 16 rounds, each
 * deleting about 2 000 random audit-graph quads and adding them back in one write transaction.
 * {@code -Dquad.bySubject=true} takes whole subjects' quads instead (a finding's triples come
 * together, as the live audit writes them); {@code -Dquad.run=K} reads one quad after every K
 * writes (the in-memory store applies its pending writes when a read may see them).
 */
public final class QuadWriteBench {
    private QuadWriteBench() {}

    /** Writes between two reads ({@code -Dquad.run}, default all of a round's). */
    private static final int RUN = Integer.getInteger("quad.run", Integer.MAX_VALUE);

    /** Whole subjects' quads, subject by subject ({@code -Dquad.bySubject}), instead of random quads. */
    private static final boolean BY_SUBJECT = Boolean.getBoolean("quad.bySubject");

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) {
        LiveAuditHarness h = new LiveAuditHarness(ShapesLoader.graph(Path.of("shapes")), LiveAuditBench.AS_OF);
        h.load(CorpusEdits.corpus(Integer.getInteger("live.notes", 1000), 7L));
        List<Quad> all =
                Txn.calculateRead(h.ds, () -> Iter.toList(h.ds.asDatasetGraph().find()));
        Dataset jena = DatasetFactory.wrap(DatasetGraphFactory.createTxnMem());
        Txn.executeWrite(jena, () -> all.forEach(jena.asDatasetGraph()::add));
        List<Quad> audit =
                all.stream().filter(q -> q.getGraph().equals(AuditGraph.NAME)).toList();
        System.out.printf(Locale.ROOT, "%d quads, %d in the audit graph%n", all.size(), audit.size());
        SplittableRandom r = new SplittableRandom(3);
        for (int round = 0; round < 16; round++) {
            LinkedHashSet<Quad> batch = new LinkedHashSet<>();
            if (BY_SUBJECT)
                while (batch.size() < 2000) {
                    org.apache.jena.graph.Node subject =
                            audit.get(r.nextInt(audit.size())).getSubject();
                    batch.addAll(Txn.calculateRead(
                            h.ds, () -> Iter.toList(h.ds.asDatasetGraph().find(AuditGraph.NAME, subject, null, null))));
                }
            else for (int i = 0; i < 2000; i++) batch.add(audit.get(r.nextInt(audit.size())));
            for (Dataset d : round % 2 == 0 ? List.of(jena, h.ds) : List.of(h.ds, jena))
                System.out.println((d == jena ? "jena " : "lean ") + rewrite(d, new ArrayList<>(batch)));
        }
    }

    /** Deletes {@code quads} and adds them back in one write transaction: the CPU per quad of each. */
    private static String rewrite(Dataset d, List<Quad> quads) {
        DatasetGraph dsg = d.asDatasetGraph();
        long[] cpu = new long[2];
        Txn.executeWrite(d, () -> {
            long c0 = THREADS.getCurrentThreadCpuTime();
            for (int i = 0; i < quads.size(); i++) {
                dsg.delete(quads.get(i));
                if ((i + 1) % RUN == 0) dsg.contains(quads.get(i));
            }
            dsg.contains(quads.get(0));
            long c1 = THREADS.getCurrentThreadCpuTime();
            for (int i = 0; i < quads.size(); i++) {
                dsg.add(quads.get(i));
                if ((i + 1) % RUN == 0) dsg.contains(quads.get(i));
            }
            dsg.contains(quads.get(0));
            cpu[0] = c1 - c0;
            cpu[1] = THREADS.getCurrentThreadCpuTime() - c1;
        });
        return String.format(
                Locale.ROOT,
                "%d quads: delete %.1f µs/quad, add %.1f µs/quad",
                quads.size(),
                cpu[0] / 1e3 / quads.size(),
                cpu[1] / 1e3 / quads.size());
    }
}
