package org.claimgraph.bench;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;

/**
 * The baseline server: a stock {@code FusekiServer} (no claimgraph module, no auth, no UI) over
 * the same TDB2 directory, union default graph on, at {@code /kg} on 127.0.0.1. With our jar on
 * the classpath the {@code cgf:} functions are registered by the Jena subsystem, as they would be
 * in a stock Fuseki given our jar. Args: {@code DB_DIR PORT}.
 */
public final class StockFuseki {
    private StockFuseki() {}

    public static void main(String[] args) {
        Dataset ds = TDB2Factory.connectDataset(args[0]);
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        FusekiServer server = FusekiServer.create()
                .loopback(true)
                .port(Integer.parseInt(args[1]))
                .enablePing(true)
                .fusekiModules(org.apache.jena.fuseki.main.sys.FusekiModules
                        .empty()) // no auto-loaded modules: our jar is on the classpath
                .add("/kg", ds)
                .build();
        server.start();
        ChildJvm.result("ready", server.getPort());
        server.join();
    }
}
