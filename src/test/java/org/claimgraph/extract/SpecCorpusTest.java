package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.Dataset;
import org.claimgraph.store.IngestReport;
import org.claimgraph.store.NotePipeline;
import org.claimgraph.store.Stores;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 1 324 examples of the CommonMark 0.31 and GFM specifications as a corpus of notes nobody
 * here wrote (read from {@code commonmark-test-util}, so it runs on a fresh clone).
 *
 * <ol>
 *   <li>Each example, written to its own {@code .md} file and the folder ingested, is stored with no
 *       failure, and the extractor accounts for each of its non-blank lines exactly once
 *       ({@link ExtractorPropertyTest#check}).</li>
 *   <li>Each example inserted between the two annotated claims of {@link #HOST} leaves the host's
 *       blocks, status assertions, URLs, update dates and line references as they were: the counts of
 *       the combined note are those of the host plus those of the example read alone.</li>
 * </ol>
 * Failures are grouped by class (message with file names and numbers taken out) and printed as a
 * table, so a regression names its class, its count and a few examples.
 */
class SpecCorpusTest {
    /** A small annotated note: one performance claim, one version claim, each with a comment-marker block. */
    static final String HOST = """
            # 小笔记：调度延迟

            K3s v1.30.4+k3s1 的调度延迟为 6 ms。

            <!-- 来源标注 -->

            > **性能数据**：K3s 调度延迟 6 ms
            >
            > - **来源类型**：内部测试
            > - **验证性**：⚠️ 部分可验证（可重现）
            > - **测试环境**：4C8G，100 并发
            > - **验证方法**：<https://example.org/k3s-bench>
            > - **更新日期**：2025-11-01

            %EXAMPLE%
            Kubernetes 1.30 支持 5000 节点，参考第 3 行的 6 ms 数据。

            <!-- 来源标注 -->

            > **版本信息**：Kubernetes 1.30
            >
            > - **来源类型**：官方文档
            > - **验证性**：✅ 公开可验证
            > - **验证方法**：<https://kubernetes.io/releases/>
            > - **更新日期**：2025-11-02
            """;

    private static final String SENTINEL = "END-OF-EXAMPLE-SENTINEL";

    @Test
    void everyExampleIsStoredAndEveryLineAccountedFor(@TempDir Path dir) throws IOException {
        List<SpecExamples.Example> examples = SpecExamples.all();
        assertEquals(652, SpecExamples.read("spec").size(), "spec.txt examples");
        assertEquals(1324, examples.size(), "spec.txt + gfm-spec.txt examples");
        for (SpecExamples.Example e : examples) {
            Files.writeString(dir.resolve(e.name() + ".md"), e.markdown(), StandardCharsets.UTF_8);
        }
        Failures failures = new Failures();
        Dataset ds = Stores.inMemory();
        IngestReport report;
        try {
            report = NotePipeline.of(ds).ingest(List.of(dir));
        } finally {
            ds.close();
        }
        for (IngestReport.Failure f : report.failures()) failures.add("ingest: " + f.message(), f.location());
        for (SpecExamples.Example e : examples) {
            try {
                ExtractorPropertyTest.check(e.number(), e.markdown());
            } catch (AssertionError ae) {
                failures.add("line accounting: " + ae.getMessage(), e.name());
            }
        }
        System.out.println("spec corpus, stored and accounted for: " + examples.size() + " examples, notes stored "
                + report.notes() + "\n" + failures.table());
        assertTrue(failures.isEmpty(), failures.table());
        assertEquals(examples.size(), report.notes(), "every example is stored as a note");
    }

    @Test
    void anExampleBetweenTwoAnnotatedClaimsChangesNothingOfTheirs() {
        Counts host = Counts.of(NoteExtractor.extract("host.md", HOST.replace("%EXAMPLE%\n", "")));
        assertEquals(new Counts(2, 2, 2, 2, 1), host, "the host note on its own");
        Failures failures = new Failures();
        int markers = 0;
        int open = 0;
        for (SpecExamples.Example e : SpecExamples.all()) {
            Counts alone = Counts.of(NoteExtractor.extract(e.name() + ".md", e.markdown()));
            if (containsAnnotation(e.markdown(), alone)) {
                markers++;
                continue;
            }
            if (leavesBlockOpen(e.markdown())) {
                open++;
                continue;
            }
            Counts inserted = Counts.of(
                    NoteExtractor.extract(e.name() + ".md", HOST.replace("%EXAMPLE%\n", e.markdown() + "\n")));
            Counts expected = host.plus(alone);
            if (!inserted.equals(expected)) failures.add("counts changed: " + inserted.diff(expected), e.name());
        }
        System.out.println("spec corpus, inserted into an annotated note: " + markers
                + " examples carry an annotation of their own, " + open
                + " leave a block open to the end of the note (both skipped)\n" + failures.table());
        assertEquals(0, markers, "no spec example carries a 来源标注 marker or a status of its own");
        assertTrue(failures.isEmpty(), failures.table());
    }

    /**
     * An example that brings its own provenance: a {@code <!-- 来源标注} marker line, or anything the
     * extractor reads as a block, status, date or line reference when the example is read alone.
     */
    static boolean containsAnnotation(String markdown, Counts alone) {
        SourceText src = new SourceText(markdown);
        for (int n = 1; n <= src.size(); n++) if (BlockFinder.isMarker(src, n)) return true;
        return alone.blocks() + alone.statuses() + alone.dates() + alone.lineReferences() > 0;
    }

    /**
     * An example after which markdown does not start a new top-level block: an unclosed fence or
     * HTML block runs to the end of the document by the spec, so whatever follows it is its content.
     * Detected by parsing the example followed by a blank line and a sentinel paragraph.
     */
    static boolean leavesBlockOpen(String markdown) {
        Node doc = Parser.builder().build().parse(markdown + "\n\n" + SENTINEL + "\n");
        for (Node c = doc.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof Paragraph p
                    && p.getFirstChild() instanceof Text t
                    && t.getLiteral().equals(SENTINEL)) return false;
        }
        return true;
    }

    /** What an annotated note is made of, counted. */
    record Counts(int blocks, int statuses, int urls, int dates, int lineReferences) {
        static Counts of(Model.Note n) {
            int statuses = 0;
            int dates = 0;
            for (Model.ProvenanceBlock b : n.blocks()) {
                if (b.updated() != null) dates++;
                for (Model.Assessment a : b.assessments()) {
                    statuses += a.statuses().size();
                    if (a.context().updated() != null) dates++;
                }
            }
            return new Counts(
                    n.blocks().size(),
                    statuses,
                    n.urls().size(),
                    dates,
                    n.lineReferences().size());
        }

        Counts plus(Counts o) {
            return new Counts(
                    blocks + o.blocks,
                    statuses + o.statuses,
                    urls + o.urls,
                    dates + o.dates,
                    lineReferences + o.lineReferences);
        }

        String diff(Counts expected) {
            List<String> d = new ArrayList<>();
            if (blocks != expected.blocks) d.add("blocks");
            if (statuses != expected.statuses) d.add("statuses");
            if (urls != expected.urls) d.add("urls");
            if (dates != expected.dates) d.add("dates");
            if (lineReferences != expected.lineReferences) d.add("line references");
            return String.join(", ", d);
        }
    }

    /** Failures grouped by class: the message with numbers and file names taken out. */
    static final class Failures {
        private final Map<String, List<String>> byClass = new TreeMap<>();

        void add(String message, String where) {
            String cls = message.replaceAll("(spec|gfm-spec)-\\d+\\.md", "FILE")
                    .replaceAll("\\d+", "N")
                    .replaceAll("\\s+", " ");
            int cut = cls.indexOf("; its previous graph");
            if (cut > 0) cls = cls.substring(0, cut);
            if (cls.length() > 160) cls = cls.substring(0, 160) + "…";
            byClass.computeIfAbsent(cls, k -> new ArrayList<>()).add(where);
        }

        boolean isEmpty() {
            return byClass.isEmpty();
        }

        String table() {
            if (byClass.isEmpty()) return "  no failures";
            StringBuilder sb = new StringBuilder();
            byClass.forEach((cls, where) -> sb.append(String.format(
                    "  %4d  %s  (e.g. %s)%n",
                    where.size(), cls, String.join(", ", where.subList(0, Math.min(4, where.size()))))));
            return sb.toString();
        }
    }
}
