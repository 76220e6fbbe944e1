package org.claimgraph.store;

import java.io.IOException;

/**
 * A request whose connection the store closed before answering, where a body-less probe of the same
 * endpoint with the same credentials was then refused: the store refused the request itself (Virtuoso
 * answers a wrong Digest answer to a {@code PUT} with 401 and {@code Connection: close} before it
 * reads the body, and the JDK client may see only the broken connection). Carries the probe's status
 * so that the caller can say "refused (HTTP 401)" instead of "connection closed".
 */
final class RefusedConnection extends IOException {
    private final int status;

    RefusedConnection(int status, IOException closed) {
        super("the store closed the connection and refused the request (HTTP " + status + ")", closed);
        this.status = status;
    }

    int status() {
        return status;
    }
}
