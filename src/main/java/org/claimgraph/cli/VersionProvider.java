package org.claimgraph.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version from the jar manifest; "dev" when run from classes. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return new String[] {"claimgraph " + (v == null ? "dev" : v) + " (Apache Jena 5.6.0, EJML 0.46.1)"};
    }
}
