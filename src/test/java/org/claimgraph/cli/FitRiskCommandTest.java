package org.claimgraph.cli;

import static org.claimgraph.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.claimgraph.matrix.Incidents;
import org.claimgraph.matrix.LogisticRegression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FitRiskCommandTest {
    @TempDir
    Path tmp;

    @Test
    void fitsTheExampleAndWritesProvenance() throws Exception {
        Path db = tmp.resolve("db");
        CliRun r = run("fit-risk", "examples/incidents.csv", "--db", db.toString());
        assertEquals(0, r.exit(), r.err());
        LogisticRegression.Fit expected = LogisticRegression.fit(
                Incidents.read(Path.of("examples/incidents.csv")).features(),
                Incidents.read(Path.of("examples/incidents.csv")).labels());
        assertTrue(r.out().contains("n = 60"), r.out());
        Dataset ds = TDB2Factory.connectDataset(db.toString());
        String q = """
                PREFIX cgm: <https://w3id.org/claimgraph/matrix#>
                PREFIX prov: <http://www.w3.org/ns/prov#>
                SELECT ?l0 ?l3 ?n ?ll ?file { GRAPH <https://w3id.org/claimgraph/id/graph/parameters> {
                  <https://w3id.org/claimgraph/id/parameters/risk-model> cgm:lambda0 ?l0 ; cgm:lambda3 ?l3 ; prov:wasGeneratedBy ?fit .
                  ?fit a cgm:RiskFit ; cgm:sampleSize ?n ; cgm:logLikelihood ?ll ; cgm:sourceFile ?file ; prov:endedAtTime ?t } }""";
        Txn.executeRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
                var rs = qe.execSelect();
                var s = rs.next();
                assertFalse(rs.hasNext(), "exactly one λ set");
                assertEquals(expected.beta()[0], s.getLiteral("l0").getDouble(), 1e-12);
                assertEquals(expected.beta()[3], s.getLiteral("l3").getDouble(), 1e-12);
                assertEquals(60, s.getLiteral("n").getInt());
                assertEquals(expected.logLikelihood(), s.getLiteral("ll").getDouble(), 1e-12);
                assertEquals("examples/incidents.csv", s.getLiteral("file").getString());
            }
        });
        // a second fit replaces λ instead of adding a second set
        assertEquals(
                0,
                run("fit-risk", "examples/incidents.csv", "--db", db.toString()).exit());
        Txn.executeRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
                var rs = qe.execSelect();
                rs.next();
                assertFalse(rs.hasNext());
            }
        });
        TDBInternal.expel(ds.asDatasetGraph());
    }

    @Test
    void badCsvGivesLineAndColumn() throws Exception {
        Path csv = tmp.resolve("bad.csv");
        Files.writeString(csv, "static,dynamic,uncertainty,incident\n0.5,0.5,0.2,1\n0.5,1.4,0.2,0\n");
        CliRun r = run("fit-risk", csv.toString());
        assertEquals(Main.EXIT_USAGE, r.exit());
        assertTrue(r.err().contains("bad.csv:3: column 'dynamic' = 1.4 is outside [0,1]"), r.err());
        Files.writeString(csv, "static,dynamic,incident\n");
        r = run("fit-risk", csv.toString());
        assertTrue(r.err().contains("no column 'uncertainty'"), r.err());
    }
}
