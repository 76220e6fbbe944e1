package org.claimgraph.bench;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/** Runs {@link MatrixBenchmark} with JMH: {@code mvn -B -Pbench test -Dtest=MatrixBenchmarkTest}. Never in the normal run. */
@Tag("bench")
class MatrixBenchmarkTest {
    @Test
    void run() throws Exception {
        Files.createDirectories(Path.of("target"));
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include(MatrixBenchmark.class.getName())
                .result("target/benchmarks-matrix.json").resultFormat(ResultFormatType.JSON)
                .build()).run();
        double cgf = 0, sparql = 0, calls = 0;
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            double score = r.getPrimaryResult().getScore();
            if (name.endsWith("riskQueryCgf")) cgf = score;
            else if (name.endsWith("riskQueryPureSparql")) sparql = score;
            else if (name.endsWith("riskFunctionCall")) calls = score;
        }
        String summary = String.format(Locale.ROOT,
                "cgf:risk query %.1f ms, pure SPARQL %.1f ms, ratio %.2f; cgf:risk calls %.2f M/s%n", cgf, sparql, cgf / sparql, calls / 1e6);
        System.out.print(summary);
        Files.writeString(Path.of("target/benchmarks-matrix.txt"), summary);
        assertTrue(cgf > 0 && sparql > 0 && calls > 0);
    }
}
