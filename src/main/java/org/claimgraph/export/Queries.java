package org.claimgraph.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;

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
        String resource = name + ".rq";
        try (InputStream in = Queries.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing query resource org/claimgraph/export/" + resource);
            }
            return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read query " + resource, e);
        }
    }
}
