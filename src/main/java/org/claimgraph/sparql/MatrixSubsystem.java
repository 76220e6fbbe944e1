package org.claimgraph.sparql;

import org.apache.jena.sys.JenaSubsystemLifecycle;

/**
 * Registers the {@code cgf:} functions when Jena initialises (ServiceLoader entry in
 * {@code META-INF/services/org.apache.jena.sys.JenaSubsystemLifecycle}), so they are there in
 * {@code claimgraph query}, in our server, and in a stock Fuseki with our jar on its classpath.
 */
public final class MatrixSubsystem implements JenaSubsystemLifecycle {
    @Override
    public void start() {
        CGF.register();
    }

    @Override
    public void stop() {}
    /** After ARQ (30) and TDB2 (42). */
    @Override
    public int level() {
        return 500;
    }
}
