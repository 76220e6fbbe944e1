package org.claimgraph.store;

/** A store could not be opened or written; the message says which and why, for a person. */
public final class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
