package org.claimgraph.validate;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.shacl.Shapes;
import org.claimgraph.store.NotePipeline;
import org.claimgraph.store.Stores;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Validation and audit time on the seed after warm-up (not part of the normal test run):
 * Prints median and min–max of
 * 15 runs after 10 warm-up runs, for: building the data graph, SHACL validation (all shapes),
 * SHACL validation (Core shapes only), and the full audit (validation + findings + checks).
 * Tagged {@code bench}, so surefire skips it; run it with its {@code main}:
 * {@code mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt &&
 * java -cp target/classes:target/test-classes:$(cat cp.txt) org.claimgraph.validate.AuditBench}
 */
@Tag("bench")
class AuditBench {
    @Test
    void seed() throws Exception {
        Path dir = org.claimgraph.testing.Needs.seeds();
        Dataset ds = Stores.inMemory();
        NotePipeline.of(ds)
                .ingestText("seed.md", Files.readString(dir.resolve(SeedAuditTest.SEED), StandardCharsets.UTF_8));
        Graph shapesGraph = ShapesLoader.graph(Path.of("shapes"));
        Shapes shapes = Shapes.parse(shapesGraph);
        Shapes core = Shapes.parse(CoreShapes.coreOnly(shapesGraph));
        LocalDate asOf = LocalDate.of(2025, 11, 20);
        Graph data = DataGraph.of(ds, asOf);
        System.out.println("seed data graph: " + data.size() + " triples");
        time("data graph (copy of union + ontology + parameters)", () -> DataGraph.of(ds, asOf));
        time("validate, all shapes", () -> Validation.validate(data, shapes));
        time("validate, Core shapes only", () -> Validation.validate(data, core));
        time("coverage check", () -> CoverageCheck.run(data));
        time("multiplier check", () -> MultiplierCheck.run(data));
        time(
                "audit (validate + findings + coverage + multipliers)",
                () -> Audit.run(data, shapesGraph, shapes, asOf, "en"));
        time("audit from the dataset (incl. data graph)", () -> Audit.run(ds, shapesGraph, asOf, "en"));
    }

    public static void main(String[] args) throws Exception {
        new AuditBench().seed();
    }

    static void time(String what, Runnable r) {
        for (int i = 0; i < 10; i++) r.run();
        long[] ns = new long[15];
        for (int i = 0; i < ns.length; i++) {
            long t = System.nanoTime();
            r.run();
            ns[i] = System.nanoTime() - t;
        }
        Arrays.sort(ns);
        System.out.printf(
                "%-55s median %7.1f ms  (min %7.1f, max %7.1f)%n",
                what, ns[ns.length / 2] / 1e6, ns[0] / 1e6, ns[ns.length - 1] / 1e6);
    }
}
