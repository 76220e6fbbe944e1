package org.claimgraph.cli;

import java.util.List;
import java.util.Optional;
import org.claimgraph.history.HistoryRecorder;
import org.claimgraph.store.ChangeStep;
import org.claimgraph.validate.LiveAudit;

/**
 * The change steps every command that writes notes registers with its
 * {@link org.claimgraph.store.NotePipeline} ({@code ingest}, {@code serve}'s start-up ingest and
 * watcher, {@code verify}, {@code history import}): one list, so no write path forgets one. The
 * history and live-audit steps are added here, in the order they must run.
 */
final class ChangeSteps {
    private ChangeSteps() {}

    /**
     * The steps, in order, new instances on each call (a step may count what it did for one
     * command). History comes first (its events describe the notes only); the live audit comes
     * last: it keeps the audit graph current when the store has one (see docs/live-audit.md) and
     * does nothing otherwise.
     */
    static List<ChangeStep> all() {
        return List.of(new HistoryRecorder(), LiveAudit.packaged());
    }

    /** The live audit among {@code steps}, to print what it did. */
    static Optional<LiveAudit> liveAudit(List<ChangeStep> steps) {
        return steps.stream()
                .filter(LiveAudit.class::isInstance)
                .map(LiveAudit.class::cast)
                .findFirst();
    }
}
