package org.claimgraph.store;

import org.apache.jena.query.ParameterizedSparqlString;
import org.claimgraph.rdf.SparqlResources;

/**
 * The SPARQL {@link RemoteStore} sends, read from {@code org/claimgraph/store/NAME.rq} on the class
 * path: constant text, values bound as parameters, never pasted in.
 */
final class StoreQueries {
    private StoreQueries() {}

    /** A fresh parameterised copy of {@code NAME.rq}; a missing resource is a programming error. */
    static ParameterizedSparqlString get(String name) {
        return new ParameterizedSparqlString(SparqlResources.text(StoreQueries.class, name));
    }
}
