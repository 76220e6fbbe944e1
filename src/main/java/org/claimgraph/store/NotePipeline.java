package org.claimgraph.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.jena.query.Dataset;
import org.claimgraph.extract.Model;

/**
 * The one write path for notes: every ingest, watch re-ingest, {@code verify} and git backfill
 * comes through here. Data moves one way: {@link NoteFiles} finds the files, {@link NoteProducer}
 * reads, hashes, extracts and maps them in input order, a {@link NoteSink} stores them (bulk TDB2,
 * batched TDB2, Graph Store Protocol, or one transaction), {@link NoteTransaction} replaces the
 * graphs, and the registered {@link ChangeStep}s run in the same transaction.
 *
 * <pre>{@code
 * NotePipeline p = NotePipeline.builder(dataset)
 *         .steps(historyStep, auditStep)              // optional; run in every write transaction
 *         .context(WriteContext.now(NotePipeline.TOOL)) // optional; default: now, the OS user
 *         .build();
 * IngestReport r = p.ingest(List.of(folder));          // a folder: bulk or batched
 * p.ingestFile(folder, folder.resolve("a/b.md"));      // one note, one transaction (watch, verify)
 * p.with(commitContext).apply(notes, List.of("gone.md")); // one git commit, one transaction
 * p.drop("a/b.md");                                     // a deleted note
 * }</pre>
 *
 * A pipeline holds no state between calls and may be shared; the context is taken once per call,
 * so all transactions of one {@link #ingest} share one {@link WriteContext}.
 */
public final class NotePipeline {
    /** The software that writes, as {@link WriteContext#tool()} says it. */
    public static final String TOOL = "claimgraph "
            + Objects.requireNonNullElse(NotePipeline.class.getPackage().getImplementationVersion(), "dev");

    private final Dataset dataset;
    private final RemoteStore remote;
    private final List<ChangeStep> steps;
    private final Supplier<WriteContext> context;

    private NotePipeline(Dataset dataset, RemoteStore remote, List<ChangeStep> steps, Supplier<WriteContext> context) {
        this.dataset = dataset;
        this.remote = remote;
        this.steps = List.copyOf(steps);
        this.context = context;
    }

    /** A pipeline into a local dataset (TDB2 or in memory). */
    public static Builder builder(Dataset dataset) {
        return new Builder(Objects.requireNonNull(dataset), null);
    }

    /** A pipeline into a remote store over the Graph Store Protocol (steps are not run there: see {@link GspSink}). */
    public static Builder builder(RemoteStore remote) {
        return new Builder(null, Objects.requireNonNull(remote));
    }

    /** A pipeline into {@code dataset} with no steps (tests, tools that only need the graphs). */
    public static NotePipeline of(Dataset dataset) {
        return builder(dataset).build();
    }

    /** Builds a {@link NotePipeline}. */
    public static final class Builder {
        private final Dataset dataset;
        private final RemoteStore remote;
        private final List<ChangeStep> steps = new ArrayList<>();
        private Supplier<WriteContext> context = () -> WriteContext.now(TOOL);

        private Builder(Dataset dataset, RemoteStore remote) {
            this.dataset = dataset;
            this.remote = remote;
        }

        /** Adds steps, run in this order in every write transaction. */
        public Builder steps(ChangeStep... more) {
            return steps(List.of(more));
        }

        /** Adds steps, run in this order in every write transaction. */
        public Builder steps(List<? extends ChangeStep> more) {
            steps.addAll(more);
            return this;
        }

        /** Who writes and when, the same for every call (default: now, the OS user, {@link #TOOL}). */
        public Builder context(WriteContext ctx) {
            Objects.requireNonNull(ctx, "context");
            context = () -> ctx;
            return this;
        }

        /** Who writes, asked once per call (e.g. the HTTP user of the request). */
        public Builder context(Supplier<WriteContext> ctx) {
            context = Objects.requireNonNull(ctx, "context");
            return this;
        }

        public NotePipeline build() {
            return new NotePipeline(dataset, remote, steps, context);
        }
    }

    /** This pipeline writing as {@code ctx} (one commit of a git backfill, a {@code verify --by}). */
    public NotePipeline with(WriteContext ctx) {
        Objects.requireNonNull(ctx, "context");
        return new NotePipeline(dataset, remote, steps, () -> ctx);
    }

    /** Ingests files and folders (.md, .markdown, .txt); paths inside a folder are relative to it. */
    public IngestReport ingest(List<Path> paths) {
        return ingest(paths, n -> {}, s -> {});
    }

    /**
     * As {@link #ingest(List)}, telling {@code onStart} how many notes were found and
     * {@code onFile} the relative path of each note once it is prepared (for progress bars).
     */
    public IngestReport ingest(List<Path> paths, Consumer<Integer> onStart, Consumer<String> onFile) {
        List<IngestReport.Failure> missing = new ArrayList<>();
        List<NoteFiles.Source> sources;
        try {
            sources = NoteFiles.collect(paths, missing);
        } catch (IOException e) {
            return IngestReport.failed(String.valueOf(paths), "cannot list notes: " + e.getMessage());
        }
        onStart.accept(sources.size());
        IngestReport missingReport = IngestReport.failed(missing);
        try (NoteSink sink = folderSink()) {
            return missingReport.plus(drain(new NoteProducer(sources, sink.recorded(), onFile), sink));
        }
    }

    /** Ingests one file whose graph is named by its path relative to {@code root}, in one transaction. */
    public IngestReport ingestFile(Path root, Path file) {
        try (NoteSink sink = oneSink(List.of())) {
            sink.accept(NoteProducer.file(NoteFiles.relativePath(root, file), file, sink.recorded()));
            return sink.finish();
        }
    }

    /** Extracts, maps and stores one note given as text; {@code relativePath} names its graph. */
    public IngestReport ingestText(String relativePath, String text) {
        return apply(List.of(new NoteInput(relativePath, text.getBytes(StandardCharsets.UTF_8))), List.of());
    }

    /** Maps an already extracted note and stores it in one transaction (tests, tools that build notes). */
    public IngestReport store(Model.Note note) {
        String sha = NoteFiles.sha256(note.toString().getBytes(StandardCharsets.UTF_8));
        try (NoteSink sink = oneSink(List.of())) {
            sink.accept(NoteProducer.note(note, sha));
            return sink.finish();
        }
    }

    /** A note's path relative to its notes folder and the bytes of its file (e.g. a blob of a git commit). */
    public record NoteInput(String path, byte[] bytes) {
        public NoteInput {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(bytes, "bytes");
        }
    }

    /**
     * Stores {@code notes} and drops the graphs of the {@code removed} relative paths in ONE
     * transaction (one git commit of a backfill): the steps see all of them together. Bytes are
     * checked as a note file's are (UTF-8, not empty); a note that fails keeps its previous graph.
     */
    public IngestReport apply(List<NoteInput> notes, List<String> removed) {
        try (NoteSink sink = oneSink(removed)) {
            for (NoteInput n : notes) sink.accept(prepare(n, sink));
            return sink.finish();
        }
    }

    /** Drops the graph of the note at {@code relativePath} (its steps see it removed); true when it existed. */
    public boolean drop(String relativePath) {
        if (remote != null) return remote.dropNote(relativePath);
        OneTransactionSink sink = new OneTransactionSink(dataset, steps(), List.of(relativePath));
        IngestReport r = sink.finish();
        if (!r.failures().isEmpty())
            throw new StoreException(r.failures().get(0).toString());
        return sink.dropped() > 0;
    }

    private static PreparedNote prepare(NoteInput n, NoteSink sink) {
        String text;
        try {
            text = NoteFiles.decode(n.bytes(), n.path());
        } catch (NoteInputException e) {
            return PreparedNote.failed(IngestReport.failed(e.location(), e.getMessage()));
        }
        String sha = NoteFiles.sha256(n.bytes());
        if (sha.equals(sink.recorded().apply(NoteProducer.graphName(n.path()))))
            return PreparedNote.unchanged(n.path(), NoteProducer.graphName(n.path()), sha);
        return NoteProducer.text(n.path(), text, sha);
    }

    /** Pulls every note from the producer into the sink, in order. */
    private static IngestReport drain(NoteProducer producer, NoteSink sink) {
        while (producer.hasNext()) sink.accept(producer.next());
        return sink.finish();
    }

    /** The sink for a folder: remote, bulk into an empty TDB2 database, or batched. */
    private NoteSink folderSink() {
        NoteTransaction.Steps s = steps();
        if (remote != null) return new GspSink(remote, s, true);
        if (BulkTdbSink.applies(dataset)) return new BulkTdbSink(dataset, s);
        return new BatchedTdbSink(dataset, s);
    }

    private NoteSink oneSink(List<String> removed) {
        if (remote != null) {
            for (String r : removed) remote.dropNote(r);
            return new GspSink(remote, steps(), false);
        }
        return new OneTransactionSink(dataset, steps(), removed);
    }

    private NoteTransaction.Steps steps() {
        return new NoteTransaction.Steps(steps, context.get());
    }
}
