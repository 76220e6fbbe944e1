package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.claimgraph.rdf.CG;
import org.claimgraph.rdf.Prefixes;
import org.claimgraph.sparql.CGF;
import org.claimgraph.store.Stores;
import org.claimgraph.validate.CGA;
import org.junit.jupiter.api.Test;

/** One prefix map: what a store is given and what {@code claimgraph query} predeclares come from {@link Prefixes}. */
class PrefixMapTest {
    @Test
    void storeCarriesTheStandardMap() {
        Dataset ds = Stores.inMemory();
        Stores.prepare(ds);
        Map<String, String> stored = Txn.calculateRead(
                ds, () -> new TreeMap<>(ds.asDatasetGraph().prefixes().getMapping()));
        assertEquals(new TreeMap<>(Prefixes.standard().getNsPrefixMap()), stored);
        assertEquals(CG.NS, stored.get("cg"));
    }

    @Test
    void queryAddsOnlyTheNamespacesOfLayersAboveRdf() {
        Map<String, String> query =
                new TreeMap<>(QueryCommand.standardPrefixes().getNsPrefixMap());
        Map<String, String> expected = new TreeMap<>(Prefixes.standard().getNsPrefixMap());
        expected.put("cga", CGA.NS);
        expected.put("cgf", CGF.NS);
        assertEquals(expected, query);
    }
}
