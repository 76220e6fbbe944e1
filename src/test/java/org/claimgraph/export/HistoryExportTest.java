package org.claimgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.claimgraph.history.HistoryNotes;
import org.claimgraph.history.HistoryRecorder;
import org.claimgraph.rdf.CGH;
import org.claimgraph.store.NotePipeline;
import org.claimgraph.store.Stores;
import org.claimgraph.store.WriteContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --include history}: the Obsidian export ends each claim note with a History section (one
 * line per event, a reworded claim's earlier events included), the JSON-LD export carries the
 * history graph; without it neither does.
 */
class HistoryExportTest {
    static final String PATH = "notes/deploy.md";
    static final String K3S_NEW = "某公司在生产中使用 K3s 管理 320 个边缘节点。";
    static Dataset ds;

    static WriteContext at(String time, String who) {
        return new WriteContext(Instant.parse(time), who, "claimgraph test", Optional.empty());
    }

    @BeforeAll
    static void threeVersions() {
        ds = Stores.inMemory();
        NotePipeline p = NotePipeline.builder(ds).steps(new HistoryRecorder()).build();
        p.with(at("2025-01-10T09:00:00Z", "alice"))
                .ingestText(PATH, HistoryNotes.note("⚠️ 待验证", "内部测试复现", "某公司在生产中使用 K3s 管理 300 个边缘节点。"));
        p.with(at("2025-03-02T10:00:00Z", "bob"))
                .ingestText(
                        PATH,
                        HistoryNotes.note(
                                "✅ 已验证", "<https://example.org/bench/docker-mem>", "某公司在生产中使用 K3s 管理 300 个边缘节点。"));
        p.with(at("2025-04-15T10:00:00Z", "carol"))
                .ingestText(PATH, HistoryNotes.note("✅ 已验证", "<https://example.org/bench/docker-mem>", K3S_NEW));
    }

    /** The claim notes of an Obsidian export, by the claim text they quote. */
    static String claimNote(Path vault, String text) throws IOException {
        try (Stream<Path> s = Files.walk(vault.resolve("Claims"))) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                String body = Files.readString(p);
                if (body.contains("\n> " + text + "\n")) return body;
            }
        }
        throw new AssertionError("no claim note quotes " + text);
    }

    static List<String> historyLines(String note) {
        int at = note.indexOf("\n## 历史 history\n");
        assertTrue(at >= 0, note);
        return note.substring(at)
                .lines()
                .skip(3)
                .takeWhile(l -> l.startsWith("- "))
                .toList();
    }

    @Test
    void obsidianClaimNotesGetAHistorySectionOnlyWhenAsked(@TempDir Path tmp) throws IOException {
        Exporters.write(ExportFormat.OBSIDIAN, ds, NodeKind.all(), true, tmp.resolve("with"));
        List<String> docker = historyLines(claimNote(tmp.resolve("with"), "Docker 空闲内存约 100 MB，适合边缘节点。"));
        assertEquals(3, docker.size(), docker.toString());
        assertEquals("- 2025-01-10 09:00Z · appeared · ∅ → pending · notes/deploy.md:5 · alice", docker.get(0));
        assertTrue(
                docker.get(1).startsWith("- 2025-03-02 10:00Z · evidence-changed · environment=")
                        && docker.get(1).contains(" → method=https://example.org/bench/docker-mem;")
                        && docker.get(1).endsWith(" · bob"),
                docker.get(1));
        assertEquals(
                "- 2025-03-02 10:00Z · status-changed · pending → verified · notes/deploy.md:5 · bob", docker.get(2));
        // the reworded claim's note lists the events of the claim it revises
        List<String> k3s = historyLines(claimNote(tmp.resolve("with"), K3S_NEW));
        assertEquals(
                List.of("appeared", "revised"),
                k3s.stream().map(l -> l.split(" · ")[1]).toList());
        assertTrue(k3s.get(1).endsWith(" · carol"), k3s.toString());

        Exporters.write(ExportFormat.OBSIDIAN, ds, NodeKind.all(), false, tmp.resolve("without"));
        assertFalse(claimNote(tmp.resolve("without"), K3S_NEW).contains("## 历史 history"));
    }

    @Test
    void jsonLdCarriesTheHistoryGraphOnlyWhenAsked() throws IOException {
        DatasetGraph with = parse(jsonld(true));
        DatasetGraph without = parse(jsonld(false));
        assertTrue(with.getGraph(CGH.historyGraph).size() > 50);
        assertFalse(without.containsGraph(CGH.historyGraph)
                && !without.getGraph(CGH.historyGraph).isEmpty());
        // nothing else differs
        with.removeGraph(CGH.historyGraph);
        assertEquals(without.stream().count(), with.stream().count());
    }

    @Test
    void includeParsesHistoryBesideTheNodeKinds() {
        assertEquals(new ExportSelection(NodeKind.all(), true), ExportSelection.parse("history"));
        assertEquals(
                new ExportSelection(java.util.EnumSet.of(NodeKind.CLAIM), true),
                ExportSelection.parse("claims, History"));
        assertEquals(ExportSelection.all(), ExportSelection.parse("all"));
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> ExportSelection.parse("claims,histories"));
        assertTrue(e.getMessage().contains("histories") && e.getMessage().contains("'history'"), e.getMessage());
    }

    static String jsonld(boolean history) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        JsonLdWriter.write(ds, true, history, b);
        return b.toString(StandardCharsets.UTF_8);
    }

    static DatasetGraph parse(String json) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(json, Lang.JSONLD11).parse(dsg);
        return dsg;
    }
}
