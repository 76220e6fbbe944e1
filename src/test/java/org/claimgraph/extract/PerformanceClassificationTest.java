package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of {@link ClaimKind#PERFORMANCE_FIGURE} on prose nobody annotated: 117
 * hand-labelled Chinese sentences ({@code classification/performance-figures.tsv}), each read as a
 * one-paragraph note through the extractor. A measured result (latency, throughput, memory, start-up,
 * size, duration or cost of a run) is a performance figure; a configured value, default, threshold,
 * limit, target, a share of features or people, or a count is not. Goal: precision ≥ 0.9 at recall ≥ 0.9.
 */
class PerformanceClassificationTest {
    static final Path CORPUS = Path.of("src/test/resources/classification/performance-figures.tsv");

    record Labelled(boolean performance, String sentence) {}

    static List<Labelled> corpus() throws IOException {
        List<Labelled> out = new ArrayList<>();
        for (String l : Files.readAllLines(CORPUS, StandardCharsets.UTF_8)) {
            if (l.isBlank() || l.startsWith("#")) continue;
            String[] kv = l.split("\t", 2);
            out.add(new Labelled(kv[0].equals("P"), kv[1]));
        }
        return out;
    }

    static boolean classifiedAsPerformance(String sentence) {
        Model.Note n = NoteExtractor.extract("classification.md", sentence + "\n");
        return n.claims().stream().anyMatch(c -> c.kind() == ClaimKind.PERFORMANCE_FIGURE);
    }

    @Test
    void performanceFiguresAreMeasuredResults() throws IOException {
        List<Labelled> corpus = corpus();
        assertTrue(corpus.size() >= 100, "100+ labelled sentences");
        int tp = 0, fp = 0, fn = 0, tn = 0;
        List<String> wrong = new ArrayList<>();
        for (Labelled s : corpus) {
            boolean got = classifiedAsPerformance(s.sentence());
            if (got && s.performance()) tp++;
            else if (got) {
                fp++;
                wrong.add("  false positive: " + s.sentence());
            } else if (s.performance()) {
                fn++;
                wrong.add("  false negative: " + s.sentence());
            } else tn++;
        }
        double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        String table = String.format(
                "cg:PerformanceFigure on %d sentences: TP %d FP %d FN %d TN %d, precision %.3f, recall %.3f%n%s",
                corpus.size(), tp, fp, fn, tn, precision, recall, String.join("\n", wrong));
        System.out.println(table);
        assertTrue(precision >= 0.9 && recall >= 0.9, table);
    }
}
