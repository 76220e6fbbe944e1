package org.claimgraph.store;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * A plain Fuseki (no claimgraph module) with an empty in-memory dataset at {@code /ds}: query,
 * update and Graph Store Protocol read/write. Started as a separate JVM by the remote-store
 * tests. Args: {@code PORT [USER PASSWORD]}; with a user, every request needs basic auth.
 * Prints {@code READY <port>} when listening on 127.0.0.1. With {@code -D}{@value #MAX_REQUEST_BYTES}{@code =N}
 * larger request bodies are answered 413.
 */
public final class PlainFusekiMain {
    private PlainFusekiMain() {}

    /**
     * System property: the request body limit of the claimgraph module (loaded by the ServiceLoader,
     * as in a stock Fuseki with our jar), {@code cgsrv:maxRequestBytes}; 10 MiB when not set.
     */
    static final String MAX_REQUEST_BYTES = "cgsrv.maxRequestBytes";

    /** A configuration holding only a {@code fuseki:Server} with {@code cgsrv:maxRequestBytes}. */
    private static org.apache.jena.rdf.model.Model serverWithLimit(long bytes) {
        return org.apache.jena.riot.RDFParser.fromString(
                        "[] a <http://jena.apache.org/fuseki#Server> ; <https://w3id.org/claimgraph/server#maxRequestBytes> "
                                + bytes + " .",
                        org.apache.jena.riot.Lang.TURTLE)
                .toModel();
    }

    public static void main(String[] args) throws Exception {
        FusekiServer.Builder b = FusekiServer.create();
        String limit = System.getProperty(MAX_REQUEST_BYTES);
        if (limit != null) b.parseConfig(serverWithLimit(Long.parseLong(limit)));
        b.loopback(true)
                .port(Integer.parseInt(args[0]))
                .enablePing(true)
                .add("/ds", DatasetGraphFactory.createTxnMem(), true);
        if (args.length >= 3) {
            Path realm = Files.createTempFile("realm", ".properties");
            realm.toFile().deleteOnExit();
            Files.writeString(realm, args[1] + ": " + args[2] + "\n");
            b.passwordFile(realm.toString()).auth(AuthScheme.BASIC).serverAuthPolicy(Auth.policyAllowSpecific(args[1]));
        }
        FusekiServer server = b.build();
        server.start();
        System.out.println("READY " + server.getPort());
        System.out.flush();
        server.join();
    }
}
