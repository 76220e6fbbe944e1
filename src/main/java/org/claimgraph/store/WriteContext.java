package org.claimgraph.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Who writes, when, and from where: one per write (an ingest run, a watch re-ingest, a GSP write,
 * a {@code verify}, one commit of a git backfill). History records it as a {@code prov:Activity}.
 *
 * @param time    when the change happened: now, or the commit time of a backfilled commit
 * @param agent   who made it: the OS user, the HTTP user, {@code verify --by}, or a commit's author
 * @param tool    the software that wrote it, e.g. {@code claimgraph 0.1.0}
 * @param commit  the git commit the notes come from, when they come from one
 */
public record WriteContext(Instant time, String agent, String tool, Optional<Commit> commit) {
    public WriteContext {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(commit, "commit");
    }

    /** A git commit: its id (40 hex), author name and e-mail, and commit time. */
    public record Commit(String id, String authorName, String authorEmail, Instant time) {}

    /** A write made now by the user running this process. */
    public static WriteContext now(String tool) {
        return new WriteContext(Instant.now(), System.getProperty("user.name", "unknown"), tool, Optional.empty());
    }
}
