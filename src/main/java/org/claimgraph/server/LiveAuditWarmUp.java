package org.claimgraph.server;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.claimgraph.store.ChangeStep;
import org.claimgraph.validate.LiveAudit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live audit's code run once in the background once {@code serve} has started, so that the
 * first save does not run cold code ({@link LiveAudit#warmUp}: one stored note validated against
 * the store, then written and re-validated in a scratch store of its own; on TDB2 the store's quad
 * indexes are then read through once; nothing is written to the served store). It runs on a thread of its own in a read transaction of its own: a save or a write
 * meanwhile is neither blocked nor seen half-done. Skipped when the store keeps no
 * audit graph (writes do not re-validate then). Logged; a failure is logged and changes nothing.
 */
final class LiveAuditWarmUp {
    private static final Logger LOG = LoggerFactory.getLogger(LiveAuditWarmUp.class);

    private LiveAuditWarmUp() {}

    /**
     * Starts the warm-up on {@code dsg} with the live audit among {@code steps} (a packaged one when
     * there is none: SPARQL and Graph Store writes re-validate too). The future completes with the
     * path of the note validated, or null when skipped or failed; it always completes.
     */
    static CompletableFuture<String> start(DatasetGraph dsg, List<ChangeStep> steps) {
        CompletableFuture<String> done = new CompletableFuture<>();
        Thread t = new Thread(
                () -> {
                    String note = null;
                    try {
                        long t0 = System.nanoTime();
                        if (Txn.calculateRead(dsg, () -> LiveAudit.kept(dsg))) {
                            LiveAudit live = steps.stream()
                                    .filter(LiveAudit.class::isInstance)
                                    .map(LiveAudit.class::cast)
                                    .findFirst()
                                    .orElseGet(LiveAudit::packaged);
                            note = Txn.calculateRead(dsg, () -> live.warmUp(dsg));
                        }
                        if (note != null)
                            LOG.info(
                                    "warmed up the live audit on {} in {} ms (nothing written to the store)",
                                    note,
                                    (System.nanoTime() - t0) / 1_000_000);
                    } catch (RuntimeException e) {
                        LOG.warn("live audit warm-up failed (nothing written): {}", e.toString());
                        note = null;
                    } finally {
                        done.complete(note);
                    }
                },
                "claimgraph-live-audit-warm-up");
        t.setDaemon(true);
        t.start();
        return done;
    }
}
