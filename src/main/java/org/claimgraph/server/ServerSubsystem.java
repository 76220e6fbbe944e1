package org.claimgraph.server;

import org.apache.jena.fuseki.server.OperationRegistry;
import org.apache.jena.sys.JenaSubsystemLifecycle;

/**
 * Registers the audit and export operations ({@code cgsrv:audit}, {@code cgsrv:export}) in Fuseki's system operation registry when
 * Jena initialises, so that a configuration file naming them parses in any Fuseki main server
 * (command line or embedded), before any module has been loaded.
 */
public final class ServerSubsystem implements JenaSubsystemLifecycle {
    @Override
    public void start() {
        ClaimgraphModule.registerOperations(OperationRegistry.get());
    }

    @Override
    public void stop() {}

    @Override
    public int level() {
        return 1000; // after Fuseki's own registrations
    }
}
