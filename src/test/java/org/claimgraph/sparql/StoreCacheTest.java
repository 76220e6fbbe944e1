package org.claimgraph.sparql;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.apache.jena.update.UpdateAction;
import org.claimgraph.store.Stores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Through the project's own stores (union-default-graph views): the documented parameter update and a cell update are seen by the next query. */
class StoreCacheTest {
    @TempDir
    Path tmp;

    static final String UPDATE_LAMBDA0 = """
            PREFIX cgm: <https://w3id.org/claimgraph/matrix#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            DELETE WHERE { GRAPH <https://w3id.org/claimgraph/id/graph/parameters> {
              <https://w3id.org/claimgraph/id/parameters/risk-model> cgm:lambda0 ?old } } ;
            INSERT DATA { GRAPH <https://w3id.org/claimgraph/id/graph/parameters> {
              <https://w3id.org/claimgraph/id/parameters/risk-model> cgm:lambda0 "-2.5"^^xsd:double } }""";

    void check(Dataset ds) {
        Txn.executeWrite(ds, () -> RDFDataMgr.read(ds, "src/test/resources/matrix/small.trig"));
        assertEquals(
                0.07585818002124355,
                CgfFunctionsTest.eval(ds, "cgf:risk(ly:kubernetes, el:image, sc:production)"),
                1e-12);
        Txn.executeWrite(ds, () -> UpdateAction.parseExecute(UPDATE_LAMBDA0, ds));
        // −2.5 + 0 + 0 + 1·0.5 = −2.0
        assertEquals(
                1 / (1 + Math.exp(2.0)),
                CgfFunctionsTest.eval(ds, "cgf:risk(ly:kubernetes, el:image, sc:production)"),
                1e-12);
        Txn.executeWrite(ds, () -> UpdateAction.parseExecute(CgfFunctionsTest.CHANGE_CELL, ds));
        assertEquals(0.3, CgfFunctionsTest.eval(ds, "cgf:maturity(ly:kubernetes, el:quota, sc:local-dev)"), 1e-12);
    }

    @Test
    void inMemoryStore() {
        check(Stores.inMemory());
    }

    @Test
    void tdb2Store() {
        check(Stores.tdb2(tmp.resolve("db")));
    }

    @Test
    void defaultsInstallOnceAndNeverOverwrite() {
        Dataset ds = Stores.inMemory();
        assertTrue(MatrixParameters.installDefaults(ds.asDatasetGraph()));
        Txn.executeWrite(ds, () -> UpdateAction.parseExecute(UPDATE_LAMBDA0, ds));
        assertFalse(MatrixParameters.installDefaults(ds.asDatasetGraph()), "a filled parameters graph is left alone");
        long n = Txn.calculateRead(
                ds,
                () -> ds.asDatasetGraph().stream(
                                org.apache.jena.graph.NodeFactory.createURI(org.claimgraph.rdf.Iris.PARAMETERS_GRAPH),
                                null,
                                org.claimgraph.rdf.CGM.lambda0,
                                null)
                        .count());
        assertEquals(1, n);
    }
}
