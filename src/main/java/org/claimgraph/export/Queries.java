package org.claimgraph.export;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.claimgraph.rdf.SparqlResources;

/**
 * The projection's SPARQL, read once from {@code org/claimgraph/export/NAME.rq} on the class path.
 * The text is constant: nothing a user types is ever pasted into it.
 */
final class Queries {
    private static final Map<String, Query> CACHE = new ConcurrentHashMap<>();

    private Queries() {}

    /** The parsed query {@code NAME.rq}; a missing or broken resource is a programming error. */
    static Query get(String name) {
        return CACHE.computeIfAbsent(name, Queries::load).cloneQuery();
    }

    private static Query load(String name) {
        return QueryFactory.create(SparqlResources.text(Queries.class, name));
    }
}
