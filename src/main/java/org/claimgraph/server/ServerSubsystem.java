package org.claimgraph.server;

import org.apache.jena.fuseki.server.OperationRegistry;
import org.apache.jena.sys.JenaSubsystemLifecycle;

/**
 * Registers the audit operation ({@code cgsrv:audit}) in Fuseki's system operation registry when
 * Jena initialises, so that a configuration file naming it parses in any Fuseki main server
 * (command line or embedded), before any module has been loaded.
 */
public final class ServerSubsystem implements JenaSubsystemLifecycle {
    @Override
    public void start() {
        OperationRegistry.get().register(ClaimgraphModule.AUDIT, null, new AuditService());
    }

    @Override
    public void stop() {}

    @Override
    public int level() {
        return 1000;  // after Fuseki's own registrations
    }
}
