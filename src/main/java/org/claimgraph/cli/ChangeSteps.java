package org.claimgraph.cli;

import java.util.List;
import org.claimgraph.history.HistoryRecorder;
import org.claimgraph.store.ChangeStep;

/**
 * The change steps every command that writes notes registers with its
 * {@link org.claimgraph.store.NotePipeline} ({@code ingest}, {@code serve}'s start-up ingest and
 * watcher, {@code verify}, {@code history import}): one list, so no write path forgets one. The
 * history and live-audit steps are added here, in the order they must run.
 */
final class ChangeSteps {
    private ChangeSteps() {}

    /** The steps, in order: history first (its events describe the notes only), then the steps that read the notes' state. */
    static List<ChangeStep> all() {
        return List.of(
                new HistoryRecorder());
    }
}
