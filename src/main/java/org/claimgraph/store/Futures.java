package org.claimgraph.store;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waiting for a worker thread's result, as the ingest threads ({@link BackgroundWriter}, {@link OrderedWorkers}) do. */
final class Futures {
    private Futures() {}

    /**
     * The result of {@code f}; what the task threw comes out as it was (a RuntimeException or an
     * Error), anything else as a {@link StoreException} saying what was being done ({@code doing},
     * e.g. "writing notes").
     */
    static <T> T await(Future<T> f, String doing) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while " + doing + "; what was committed stays", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) throw re;
            if (cause instanceof Error err) throw err;
            throw new StoreException(doing + " failed: " + cause, cause);
        }
    }
}
