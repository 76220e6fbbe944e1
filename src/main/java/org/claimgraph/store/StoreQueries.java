package org.claimgraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.jena.query.ParameterizedSparqlString;

/**
 * The SPARQL {@link RemoteStore} sends, read from {@code org/claimgraph/store/NAME.rq} on the class
 * path: constant text, values bound as parameters, never pasted in.
 */
final class StoreQueries {
    private StoreQueries() {}

    /** A fresh parameterised copy of {@code NAME.rq}; a missing resource is a programming error. */
    static ParameterizedSparqlString get(String name) {
        String resource = name + ".rq";
        try (InputStream in = StoreQueries.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing query resource org/claimgraph/store/" + resource);
            return new ParameterizedSparqlString(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read query " + resource, e);
        }
    }
}
