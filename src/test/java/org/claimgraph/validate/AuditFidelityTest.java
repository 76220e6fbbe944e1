package org.claimgraph.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.claimgraph.extract.Seeds;
import org.claimgraph.store.NotePipeline;
import org.claimgraph.store.Stores;
import org.claimgraph.testing.Prerequisites;
import org.junit.jupiter.api.Test;

/** Audit findings that say what is wrong once each: dates after the audit date, no duplicated finding. */
class AuditFidelityTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 25);
    static final Path DATES = Path.of("src/test/resources/notes/fidelity/dates.md");

    static Audit.Result audit(Map<String, String> notes) {
        Dataset ds = Stores.inMemory();
        notes.forEach((rel, text) -> NotePipeline.of(ds).ingestText(rel, text));
        return Audit.run(ds, ShapesLoader.graph(Path.of("shapes")), AS_OF, "en");
    }

    /**
     * {@code dates.md} (最后更新 2025-10-01): line 9 updated 2025-12-24 (after the note's date, before the
     * audit date), line 19 updated 2027-01-05 (after the audit date 2026-11-25). The future date is its own
     * warning naming the audit date, and is not reported a second time as "after the note's own date".
     */
    @Test
    void anUpdateDateAfterTheAuditDateIsItsOwnWarningNamingTheAuditDate() throws IOException {
        Audit.Result r = audit(Map.of("dates.md", Files.readString(DATES, StandardCharsets.UTF_8)));
        List<Finding> future = r.byRule("update-after-audit-date");
        assertEquals(1, future.size(), future.toString());
        assertEquals(20, future.get(0).line());
        assertEquals(Severity.WARNING, future.get(0).severity());
        assertTrue(
                future.get(0).message().contains("2027-01-05")
                        && future.get(0).message().contains("2026-11-25"),
                future.get(0).message());
        List<Finding> afterDoc = r.byRule("update-after-document-date");
        assertEquals(List.of(9), afterDoc.stream().map(Finding::line).toList(), afterDoc.toString());
    }

    /** A drifted reference says why: figure found elsewhere (and where), figure not found, or no target of the named kind. */
    @Test
    void aDriftedReferenceSaysWhy() throws IOException {
        Audit.Result r = audit(Map.of(
                "references.md",
                Files.readString(Path.of("src/test/resources/notes/fidelity/references.md"), StandardCharsets.UTF_8)));
        Map<Integer, String> byLine = new java.util.TreeMap<>();
        for (Finding f : r.byRule("drifted-line-reference")) byLine.put(f.line(), f.message());
        assertEquals(List.of(21, 23, 25), List.copyOf(byLine.keySet()), byLine.toString());
        assertEquals("Line reference to line 15 has drifted: no table starts at or contains line 15", byLine.get(21));
        assertEquals(
                "Line reference to line 1 has drifted: the quoted figure \"1.2 s vs 6 ms\" is not on line 1 nor in the block "
                        + "starting there; it is on line 6",
                byLine.get(23));
        assertTrue(byLine.get(25).endsWith("it was not found in the note"), byLine.get(25));
    }

    /**
     * Ranges are figures: "70-80GB 降至 3GB" gives factors 23.3–26.7, which "约 20 倍" (one significant
     * digit) agrees with; "1.2–1.5 s → 6 ms" gives 200–250, so "快 220 倍" holds and "快 10 倍" does not.
     */
    @Test
    void theMultiplierCheckReadsRanges() {
        Audit.Result r = audit(Map.of(
                "ranges.md",
                String.join(
                        "\n",
                        "# 范围",
                        "",
                        "内存使用从 70-80GB 降至 3GB，提升约 20 倍。",
                        "",
                        "冷启动从 1.2–1.5 s 降到 6 ms，快 220 倍。",
                        "",
                        "冷启动从 1.2–1.5 s 降到 6 ms，快 10 倍。",
                        "")));
        Map<Integer, MultiplierCheck.Outcome> byLine = new java.util.TreeMap<>();
        for (MultiplierCheck.Result m : r.multipliers()) byLine.put(m.line(), m.outcome());
        assertEquals(
                Map.of(
                        3,
                        MultiplierCheck.Outcome.SUPPORTED,
                        5,
                        MultiplierCheck.Outcome.SUPPORTED,
                        7,
                        MultiplierCheck.Outcome.UNSUPPORTED),
                byLine,
                r.multipliers().toString());
    }

    /**
     * No two findings of the audit share (rule, note, line, message): one finding per thing to fix; and
     * the audit graph holds each once (a focus node of its note-and-kind {@code cga:Finding}, or a
     * {@code cga:Finding} of its own).
     */
    @Test
    void theAuditGraphOfTheExamplesAndTheSeedHasNoDuplicatedFinding() throws IOException {
        Path seed = Seeds.file("000_53b8c72be127e04e.txt");
        Prerequisites.require(
                seed != null,
                "the seed note 000_53b8c72be127e04e.txt",
                "clone beside ../shared or set -Dclaimgraph.seeds=DIR");
        Map<String, String> notes = new HashMap<>();
        try (var files = Files.list(Path.of("examples"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                notes.put("examples/" + p.getFileName(), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        notes.put("seed/" + seed.getFileName(), Files.readString(seed, StandardCharsets.UTF_8));
        notes.put("fidelity/dates.md", Files.readString(DATES, StandardCharsets.UTF_8));
        Audit.Result r = audit(notes);
        Graph g = Audit.toGraph(r);
        Map<String, Integer> byPlace = new java.util.TreeMap<>();
        for (Finding f : new java.util.LinkedHashSet<>(r.findings()))
            byPlace.merge(f.rule() + " " + f.note() + " line " + f.line() + ": " + f.message(), 1, Integer::sum);
        List<String> dups = new ArrayList<>();
        byPlace.forEach((k, n) -> {
            if (n > 1) dups.add(n + "× " + k);
        });
        List<org.apache.jena.graph.Node> resources = g.find(
                        null, org.apache.jena.vocabulary.RDF.type.asNode(), CGA.Finding)
                .mapWith(t -> t.getSubject())
                .toList();
        int findings =
                resources.stream().mapToInt(f -> StoredAudit.refs(g, f).size()).sum();
        assertEquals(byPlace.size(), findings, "one stored finding (resource and focus node) per distinct finding");
        assertTrue(
                resources.size() < findings / 2,
                "a note's findings of one kind share a resource: " + resources.size() + " for " + findings);
        assertTrue(findings > 400, "the audit found what it finds on these notes: " + findings);
        assertEquals(List.of(), dups);
    }
}
