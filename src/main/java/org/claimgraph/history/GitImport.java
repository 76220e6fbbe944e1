package org.claimgraph.history;

import java.io.File;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.rdf.CG;
import org.claimgraph.rdf.CGH;
import org.claimgraph.rdf.Iris;
import org.claimgraph.store.ChangeStep;
import org.claimgraph.store.IngestReport;
import org.claimgraph.store.NoteFiles;
import org.claimgraph.store.NotePipeline;
import org.claimgraph.store.WriteContext;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.util.io.DisabledOutputStream;

/**
 * Replays a git repository's history into a store: the branch's commits in first-parent order,
 * oldest first, each written in one transaction as one run at its commit time with its author as
 * agent, through the given change steps (the {@link HistoryRecorder} among them). Only the note
 * files a commit changed are read (renames are detected; a renamed note's claims become revisions
 * of the claims under the old path). Afterwards the note graphs are those of the branch tip's tree.
 *
 * <p>Each commit is written through {@link NotePipeline#with}{@code (commit context).apply(notes,
 * removed)}: one transaction, the same extraction, hashes and change steps as any ingest.
 * Re-running continues after the newest commit the history graph already records
 * ({@code cgh:commitId}); commits before it are not read again. When the history records no
 * commit yet, the note graphs already in the store, their hashes and any history recorded without
 * git are dropped first (they describe the notes as they are now and are rebuilt from the
 * commits), so the first commit's events start from nothing.
 * Memory holds one commit's changed notes at a time plus the list of commit ids.
 */
public final class GitImport {
    private GitImport() {}

    /**
     * @param repo   the repository's work tree or .git folder
     * @param subdir the notes folder inside the repository ("" for the whole repository); note
     *               paths are relative to it, as {@code ingest REPO/SUBDIR} names them
     * @param branch the branch to replay, or null for HEAD
     * @param tool   the software name and version recorded on each run
     */
    public record Options(File repo, String subdir, String branch, String tool) {}

    /** What an import did; {@code failures} are "commit:path: why" for notes that could not be read. */
    public record Result(int commits, int imported, int notesWritten, List<String> failures) {}

    public static Result run(Dataset ds, Options o, List<ChangeStep> steps, Consumer<String> progress)
            throws IOException {
        String prefix = normalise(o.subdir());
        try (Repository repo = new FileRepositoryBuilder()
                        .findGitDir(o.repo())
                        .setMustExist(true)
                        .build();
                RevWalk walk = new RevWalk(repo);
                DiffFormatter diff = new DiffFormatter(DisabledOutputStream.INSTANCE)) {
            String ref = o.branch() == null ? Constants.HEAD : Constants.R_HEADS + o.branch();
            ObjectId tip = repo.resolve(ref);
            if (tip == null)
                throw new IOException(
                        "no such branch in " + o.repo() + ": " + (o.branch() == null ? "HEAD" : o.branch()));
            List<RevCommit> chain = firstParents(walk, tip);
            diff.setRepository(repo);
            diff.setDetectRenames(true);
            if (!prefix.isEmpty()) diff.setPathFilter(PathFilter.create(prefix.substring(0, prefix.length() - 1)));
            Set<String> seen = seenCommits(ds);
            int start = 0;
            for (int i = chain.size() - 1; i >= 0; i--) {
                if (seen.contains(chain.get(i).getName())) {
                    start = i + 1;
                    break;
                }
            }
            if (seen.isEmpty()) startFromNothing(ds, progress);
            NotePipeline pipeline = NotePipeline.builder(ds).steps(steps).build();
            List<String> failures = new ArrayList<>();
            int written = 0;
            for (int i = start; i < chain.size(); i++) {
                RevCommit c = chain.get(i);
                RevCommit parent = i > 0 ? chain.get(i - 1) : null;
                Changed changed = changedNotes(repo, diff, parent, c, prefix, failures);
                if (!changed.isEmpty()) {
                    IngestReport r = pipeline.with(context(c, o.tool())).apply(changed.notes(), changed.removed());
                    for (IngestReport.Failure f : r.failures())
                        failures.add(c.getName().substring(0, 7) + ":" + f);
                }
                written += changed.size();
                if (progress != null && ((i - start) % 10 == 9 || i == chain.size() - 1)) {
                    progress.accept(String.format(
                            Locale.ROOT,
                            "history import: %d/%d commits (%s %s), %d note versions",
                            i + 1,
                            chain.size(),
                            c.getName().substring(0, 7),
                            Instant.ofEpochSecond(c.getCommitTime()),
                            written));
                }
            }
            return new Result(chain.size(), chain.size() - start, written, failures);
        }
    }

    /** The tip and its first parents, oldest first. */
    private static List<RevCommit> firstParents(RevWalk walk, ObjectId tip) throws IOException {
        List<RevCommit> chain = new ArrayList<>();
        RevCommit c = walk.parseCommit(tip);
        while (c != null) {
            chain.add(c);
            c = c.getParentCount() > 0 ? walk.parseCommit(c.getParent(0)) : null;
        }
        Collections.reverse(chain);
        return chain;
    }

    private static WriteContext context(RevCommit c, String tool) {
        PersonIdent author = c.getAuthorIdent();
        Instant time = Instant.ofEpochSecond(c.getCommitTime());
        return new WriteContext(
                time,
                author.getName(),
                tool,
                Optional.of(new WriteContext.Commit(c.getName(), author.getName(), author.getEmailAddress(), time)));
    }

    /** A commit's note files as it leaves them: the changed ones with their bytes, and the removed paths. */
    private record Changed(List<NotePipeline.NoteInput> notes, List<String> removed) {
        boolean isEmpty() {
            return notes.isEmpty() && removed.isEmpty();
        }

        int size() {
            return notes.size() + removed.size();
        }
    }

    /** The note files the commit changed relative to its first parent, as they are after it. */
    private static Changed changedNotes(
            Repository repo, DiffFormatter diff, RevCommit parent, RevCommit c, String prefix, List<String> failures)
            throws IOException {
        Changed out = new Changed(new ArrayList<>(), new ArrayList<>());
        for (DiffEntry e : diff.scan(parent == null ? null : parent.getTree(), c.getTree())) {
            String oldPath = notePath(e.getOldPath(), prefix);
            String newPath = notePath(e.getNewPath(), prefix);
            switch (e.getChangeType()) {
                case DELETE -> {
                    if (oldPath != null) out.removed().add(oldPath);
                }
                case RENAME -> {
                    if (oldPath != null) out.removed().add(oldPath);
                    if (newPath != null) read(repo, e, newPath, c, out.notes(), failures);
                }
                default -> {
                    if (newPath != null) read(repo, e, newPath, c, out.notes(), failures);
                }
            }
        }
        return out;
    }

    /** Reads a changed note's blob; bytes that are not valid UTF-8 are reported by the pipeline (the note keeps its previous graph). */
    private static void read(
            Repository repo,
            DiffEntry e,
            String path,
            RevCommit c,
            List<NotePipeline.NoteInput> out,
            List<String> failures)
            throws IOException {
        ObjectLoader blob = repo.open(e.getNewId().toObjectId(), Constants.OBJ_BLOB);
        if (blob.getSize() > NoteFiles.maxFileBytes()) {
            String display = c.getName().substring(0, 7) + ":" + path;
            failures.add(
                    display + ": " + NoteFiles.tooLarge(display, blob.getSize()).getMessage()
                            + " Its previous graph, if any, is kept.");
            return;
        }
        out.add(new NotePipeline.NoteInput(path, blob.getCachedBytes(Integer.MAX_VALUE)));
    }

    /** The note's path relative to the notes folder, or null when it is not a note there (other extension, hidden, outside). */
    static String notePath(String repoPath, String prefix) {
        if (repoPath == null || DiffEntry.DEV_NULL.equals(repoPath) || !repoPath.startsWith(prefix)) return null;
        String rel = repoPath.substring(prefix.length());
        for (String part : rel.split("/")) if (part.startsWith(".")) return null;
        String lower = rel.toLowerCase(Locale.ROOT);
        return NoteFiles.EXTENSIONS.stream().anyMatch(lower::endsWith) ? rel : null;
    }

    private static String normalise(String subdir) {
        if (subdir == null) return "";
        String s = subdir.replace('\\', '/').replaceAll("^/+|/+$", "").replaceAll("^\\./", "");
        return s.isEmpty() || s.equals(".") ? "" : s + "/";
    }

    /** Commit ids the history graph records. */
    public static Set<String> seenCommits(Dataset ds) {
        Set<String> out = new HashSet<>();
        Txn.executeRead(
                ds,
                () -> ds.asDatasetGraph()
                        .getGraph(CGH.historyGraph)
                        .find(Node.ANY, CGH.commitId, Node.ANY)
                        .forEachRemaining(t -> out.add(t.getObject().getLiteralLexicalForm())));
        return out;
    }

    /**
     * Before the first commit is replayed: the note graphs, their recorded hashes and any history
     * written without git (an earlier {@code ingest}, which recorded the notes as they are now)
     * are dropped, so that the first commit's events start from nothing and the history is the
     * repository's. Runs inside one write transaction; nothing is dropped when the store is empty.
     */
    private static void startFromNothing(Dataset ds, Consumer<String> progress) {
        DatasetGraph dsg = ds.asDatasetGraph();
        int[] dropped = Txn.calculateWrite(ds, () -> {
            List<Node> graphs = new ArrayList<>();
            dsg.findNG(Node.ANY, Node.ANY, CG.sourcePath, Node.ANY).forEachRemaining(q -> {
                if (q.getGraph().getURI().startsWith(Iris.NOTE_GRAPH_PREFIX) && !graphs.contains(q.getGraph()))
                    graphs.add(q.getGraph());
            });
            graphs.forEach(dsg::removeGraph);
            int runs = dsg.getGraph(CGH.historyGraph)
                    .find(Node.ANY, RDF.type.asNode(), CGH.Run)
                    .toList()
                    .size();
            dsg.removeGraph(CGH.historyGraph);
            dsg.removeGraph(NodeFactory.createURI(Iris.INGEST_GRAPH));
            return new int[] {graphs.size(), runs};
        });
        if ((dropped[0] > 0 || dropped[1] > 0) && progress != null) {
            progress.accept("history import: " + dropped[0] + " note graphs and " + dropped[1]
                    + " runs were stored without git history; they are rebuilt from the commits");
        }
    }
}
