package org.claimgraph.server;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A test that starts a {@link ClaimgraphServer} of its own per test method, on files in {@link #tmp}:
 * whatever it assigns to {@link #server} is closed after the method, passed or failed.
 */
abstract class ServedTest {
    @TempDir
    Path tmp;

    ClaimgraphServer server;

    @AfterEach
    void stopServer() {
        if (server != null) server.close();
    }
}
