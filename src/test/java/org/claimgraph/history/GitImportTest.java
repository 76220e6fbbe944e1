package org.claimgraph.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.rdf.CG;
import org.claimgraph.rdf.CGH;
import org.claimgraph.rdf.Iris;
import org.claimgraph.store.ChangeStep;
import org.claimgraph.store.IngestReport;
import org.claimgraph.store.NotePipeline;
import org.claimgraph.store.Stores;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A repository built with JGit: three commits at fixed dates replayed into a store. */
class GitImportTest {
    static final String NOTE = TestRepos.NOTE;
    static final Instant D3 = TestRepos.D3;

    static Path threeCommits(Path dir) throws Exception {
        return TestRepos.threeCommits(dir);
    }

    static GitImport.Result importRepo(Dataset ds, Path repo, String subdir, List<String> progress) throws Exception {
        return GitImport.run(
                ds,
                new GitImport.Options(repo.toFile(), subdir, null, "claimgraph test"),
                List.<ChangeStep>of(new HistoryRecorder()),
                progress::add);
    }

    static Graph graph(Dataset ds, Node name) {
        Graph g = GraphFactory.createDefaultGraph();
        Txn.executeRead(ds, () -> ds.asDatasetGraph().getGraph(name).find().forEachRemaining(g::add));
        return g;
    }

    static int count(Graph h, Node type) {
        return h.find(Node.ANY, RDF.type.asNode(), type).toList().size();
    }

    @Test
    void threeCommitsGiveEventsStatusesAndTheTipsGraphs(@TempDir Path tmp) throws Exception {
        Path repo = threeCommits(tmp.resolve("repo"));
        Dataset ds = Stores.inMemory();
        List<String> progress = new ArrayList<>();
        GitImport.Result r = importRepo(ds, repo, "", progress);
        assertEquals(3, r.commits());
        assertEquals(3, r.imported());
        assertEquals(3, r.notesWritten());
        assertTrue(progress.get(progress.size() - 1).contains("3/3 commits"), progress.toString());

        Graph h = graph(ds, CGH.historyGraph);
        assertEquals(3, count(h, CGH.Run));
        assertEquals(4, count(h, CGH.Appeared));
        assertEquals(2, count(h, CGH.StatusChanged));
        assertEquals(2, count(h, CGH.EvidenceChanged));
        assertEquals(2, count(h, CGH.Removed)); // the case's prose claim and its assessment subject
        // runs carry the commit id, time and author
        Node run3 = NodeFactory.createURI(Iris.ID + "history/run/git-" + headId(repo));
        assertTrue(h.contains(run3, CGH.commitTime, HistoryRecorder.dateTime(D3)));
        assertEquals(
                "Alice Auditor <alice@example.org>",
                h.find(
                                h.find(run3, CGH.commitAuthor, Node.ANY).next().getObject(),
                                org.apache.jena.vocabulary.RDFS.label.asNode(),
                                Node.ANY)
                        .next()
                        .getObject()
                        .getLiteralLexicalForm());

        // status as of the end of each day
        StatusTimeline tl = StatusTimeline.of(h);
        Node docker = claimWithText(h, "Docker 空闲内存约 100 MB，适合边缘节点。");
        Node k3s = claimWithText(h, ClaimDiffTest.K3S);
        assertNull(tl.statusAtEndOf(docker, LocalDate.parse("2025-01-09")));
        assertEquals(CG.Pending, tl.statusAtEndOf(docker, LocalDate.parse("2025-01-10")));
        assertEquals(CG.Pending, tl.statusAtEndOf(docker, LocalDate.parse("2025-03-01")));
        assertEquals(CG.Verified, tl.statusAtEndOf(docker, LocalDate.parse("2025-03-02")));
        assertEquals(CG.Verified, tl.statusAtEndOf(docker, LocalDate.parse("2025-05-01")));
        assertEquals(CG.Unverifiable, tl.statusAtEndOf(k3s, LocalDate.parse("2025-04-14")));
        assertNull(tl.statusAtEndOf(k3s, LocalDate.parse("2025-04-15")));

        // the note graph equals an ingest of the tip's file
        Dataset fresh = Stores.inMemory();
        NotePipeline.of(fresh).ingestText(NOTE, Files.readString(repo.resolve(NOTE)));
        Node gn = NodeFactory.createURI(Iris.graphIri(NOTE));
        assertTrue(graph(fresh, gn).isIsomorphicWith(graph(ds, gn)));

        // re-running adds nothing
        long size = h.size();
        GitImport.Result again = importRepo(ds, repo, "", new ArrayList<>());
        assertEquals(0, again.imported());
        assertEquals(size, graph(ds, CGH.historyGraph).size());
    }

    @Test
    void aNewCommitIsImportedAloneAndSubdirNamesPathsLikeIngest(@TempDir Path tmp) throws Exception {
        Path repo = threeCommits(tmp.resolve("repo"));
        Dataset ds = Stores.inMemory();
        importRepo(ds, repo, "notes", new ArrayList<>());
        Node gn = NodeFactory.createURI(Iris.graphIri("deploy.md")); // relative to notes/, like `ingest repo/notes`
        assertTrue(graph(ds, gn).size() > 0);
        try (Git git = Git.open(repo.toFile())) {
            Files.move(repo.resolve(NOTE), repo.resolve("notes/deploy-renamed.md"));
            git.add().addFilepattern(".").call();
            git.rm().addFilepattern(NOTE).call();
            PersonIdent who =
                    new PersonIdent("Bob", "bob@example.org", Instant.parse("2025-05-01T08:00:00Z"), ZoneOffset.UTC);
            git.commit().setMessage("rename").setAuthor(who).setCommitter(who).call();
        }
        GitImport.Result r = importRepo(ds, repo, "notes", new ArrayList<>());
        assertEquals(1, r.imported());
        Graph h = graph(ds, CGH.historyGraph);
        assertEquals(0, count(h, CGH.Removed) - 2, "only the case removal of commit 3 is a removal");
        assertTrue(count(h, CGH.Revised) >= 1, "the renamed note's claims continue as revisions");
        assertEquals(0, graph(ds, gn).size());
        assertTrue(graph(ds, NodeFactory.createURI(Iris.graphIri("deploy-renamed.md")))
                        .size()
                > 0);
    }

    @Test
    void aStoreIngestedWithHistoryIsRebuiltFromTheCommitsAndTheWorkTreeIsThenUnchanged(@TempDir Path tmp)
            throws Exception {
        Path repo = threeCommits(tmp.resolve("repo"));
        Dataset ds = Stores.inMemory();
        // an ingest of the work tree with the history step: it records the notes as they are today
        NotePipeline withHistory =
                NotePipeline.builder(ds).steps(new HistoryRecorder()).build();
        withHistory.ingest(List.of(repo));
        assertEquals(1, count(graph(ds, CGH.historyGraph), CGH.Run));
        List<String> progress = new ArrayList<>();
        importRepo(ds, repo, "", progress);
        assertTrue(
                progress.get(0).contains("1 note graphs and 1 runs were stored without git history"),
                progress.toString());
        Graph h = graph(ds, CGH.historyGraph);
        assertEquals(3, count(h, CGH.Run), "only the commits' runs");
        StatusTimeline tl = StatusTimeline.of(h);
        Node docker = claimWithText(h, "Docker 空闲内存约 100 MB，适合边缘节点。");
        assertEquals(CG.Pending, tl.statusAtEndOf(docker, LocalDate.parse("2025-01-10")));
        assertEquals(CG.Verified, tl.statusAtEndOf(docker, LocalDate.parse("2025-03-02")));
        // the import recorded the notes' hashes like an ingest: the work tree (= HEAD) is unchanged
        IngestReport again = withHistory.ingest(List.of(repo));
        assertEquals(again.notes(), again.unchanged(), again.toString());
        assertEquals(h.size(), graph(ds, CGH.historyGraph).size());
    }

    static Node claimWithText(Graph h, String text) {
        return h.find(Node.ANY, CGH.text, NodeFactory.createLiteralLang(text, "zh")).toList().stream()
                .map(t -> h.find(t.getSubject(), CGH.claim, Node.ANY).next().getObject())
                .findFirst()
                .orElseThrow();
    }

    static String headId(Path repo) throws Exception {
        try (Git git = Git.open(repo.toFile())) {
            return git.getRepository().resolve("HEAD").getName();
        }
    }
}
