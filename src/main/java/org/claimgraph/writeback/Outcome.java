package org.claimgraph.writeback;

import java.util.List;

/** What {@link WriteBack#apply} decided: the edited text and its diff, or why nothing can be written. */
public sealed interface Outcome {
    /**
     * The note after the edit. {@code diff} is the unified diff (empty when nothing changes);
     * {@code blockFirstLine}/{@code blockLastLine} are the lines of the written block in the new text.
     * {@code movedReferences} lists the note's own line references ({@code 参考第 N 行}) whose target
     * lines were moved down by inserted field lines ("L1158: 第 670 行"): they now name other lines.
     * The edit does not rewrite them (they are outside the block); it says so, and the audit
     * reports those that no longer find what they quote as drifted.
     */
    record Edited(
            String path,
            String before,
            String after,
            String diff,
            int blockFirstLine,
            int blockLastLine,
            List<String> movedReferences)
            implements Outcome {
        public boolean changed() {
            return !before.equals(after);
        }
    }

    /** Why the request cannot be written; {@code nearest} lists claims near the line ("L12: text"). */
    record Rejected(Reason reason, String message, List<String> nearest) implements Outcome {}

    enum Reason {
        /** The line is outside the note or names no claim and no block. */
        NO_CLAIM,
        /** The line names a block with several assessments and none of them in particular. */
        AMBIGUOUS,
        /** The edit cannot be made so that the note reads back as asked (a safety net, not an input error). */
        UNSAFE
    }
}
