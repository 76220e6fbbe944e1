package org.claimgraph.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The one way claimgraph's code reads its SPARQL: constant text in {@code NAME.rq} beside the class
 * that runs it ({@code org/claimgraph/PACKAGE/NAME.rq} on the class path). Values are bound as
 * parameters by the caller, never pasted into the text. A missing resource is a programming error.
 */
public final class SparqlResources {
    private SparqlResources() {}

    /** The text of {@code NAME.rq} in the package of {@code owner}. */
    public static String text(Class<?> owner, String name) {
        String resource = name + ".rq";
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(
                        "missing query resource " + owner.getPackageName().replace('.', '/') + "/" + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read query " + resource, e);
        }
    }
}
