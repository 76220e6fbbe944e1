package org.claimgraph.server;

import java.io.IOException;

/**
 * The command-line side of the hardening settings: writes {@code --allow-host}, {@code --allow-load}
 * and the notes folder into the configuration (read back by {@link Limits}), checks the LOAD policy
 * early (a usage error, before anything starts) and creates a new database folder with mode 0700.
 */
final class Hardening {
    private Hardening() {}

    static void configure(ServerConfig config, ClaimgraphServer.Options o) throws IOException {
        if (o.allowHosts != null) config.setServerValue(ServerVocab.allowHosts, o.allowHosts);
        if (o.docs != null)
            config.setServerValue(
                    ServerVocab.notesFolder, o.docs.toAbsolutePath().normalize().toString());
        if (o.allowLoad != null) {
            LoadPolicy.parse(
                    o.allowLoad,
                    o.docs); // throws IllegalArgumentException for a bad entry or a folder outside the notes
            config.setServerValue(ServerVocab.allowLoad, o.allowLoad);
        }
        if (o.guard != null) {
            org.claimgraph.validate.WriteGuard.level(o.guard); // throws IllegalArgumentException: a usage error
            config.setServerValue(ServerVocab.guard, o.guard);
        }
        if (o.db != null) PrivateDirs.create(o.db);
    }
}
