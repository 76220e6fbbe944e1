package org.claimgraph.history;

import java.util.Objects;

/**
 * One change of one claim between two versions of its note, before it is given a time and a run.
 *
 * @param type   what happened
 * @param before the claim as it was (null for {@code appeared})
 * @param after  the claim as it became (null for {@code removed}); for {@code revised} the new
 *               claim, whose IRI differs from {@code before}'s
 */
public record ClaimEvent(EventType type, ClaimState before, ClaimState after) {
    public ClaimEvent {
        Objects.requireNonNull(type, "type");
        if (before == null && after == null)
            throw new IllegalArgumentException("an event needs a before or an after state");
    }

    /** The state that names the claim the event is about: the new one, or the removed one. */
    public ClaimState current() {
        return after != null ? after : before;
    }
}
