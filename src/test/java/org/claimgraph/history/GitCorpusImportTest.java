package org.claimgraph.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.claimgraph.corpus.CorpusGenerator;
import org.claimgraph.corpus.GitCorpus;
import org.claimgraph.rdf.CGH;
import org.claimgraph.store.ChangeStep;
import org.claimgraph.store.IngestReport;
import org.claimgraph.store.NotePipeline;
import org.claimgraph.store.Stores;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gen-corpus --git-commits}: deterministic commits whose edits become every kind of event on import. */
class GitCorpusImportTest {
    @Test
    void sameSeedSameCommitsAndTheImportSeesEveryKindOfChange(@TempDir Path tmp) throws Exception {
        CorpusGenerator.Corpus corpus = CorpusGenerator.generate(20, 5);
        int versions = GitCorpus.write(corpus, 8, tmp.resolve("a"));
        GitCorpus.write(CorpusGenerator.generate(20, 5), 8, tmp.resolve("b"));
        assertTrue(
                versions > 20 && versions <= 20 + 7 * 2, "20 notes, then up to 2 edited notes per commit: " + versions);
        assertEquals(head(tmp.resolve("a")), head(tmp.resolve("b")), "same seed, same commit ids");

        Dataset ds = Stores.inMemory();
        GitImport.Result r = GitImport.run(
                ds,
                new GitImport.Options(tmp.resolve("a").toFile(), "notes", null, "claimgraph test"),
                List.<ChangeStep>of(new HistoryRecorder()),
                s -> {});
        assertEquals(8, r.imported());
        assertEquals(List.of(), r.failures());
        Graph h = GitImportTest.graph(ds, CGH.historyGraph);
        assertEquals(8, GitImportTest.count(h, CGH.Run));
        assertTrue(GitImportTest.count(h, CGH.StatusChanged) > 0, "status edits");
        assertTrue(GitImportTest.count(h, CGH.EvidenceChanged) > 0, "date edits");
        assertTrue(GitImportTest.count(h, CGH.Revised) + GitImportTest.count(h, CGH.Removed) > 0, "rewordings");
        // the import leaves the graphs of the work tree at HEAD: an ingest of it changes nothing
        IngestReport again = NotePipeline.of(ds).ingest(List.of(tmp.resolve("a").resolve("notes")));
        assertEquals(20, again.notes());
        assertEquals(20, again.unchanged(), again.toString());
    }

    static String head(Path repo) throws Exception {
        try (Git git = Git.open(repo.toFile())) {
            return git.getRepository().resolve("HEAD").getName();
        }
    }
}
