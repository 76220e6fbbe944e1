package org.claimgraph.server;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.claimgraph.store.IngestReport;
import org.claimgraph.store.NoteFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a notes folder (and its sub-folders) and keeps the dataset in step: a saved note is
 * re-ingested into its own named graph, a deleted note's graph is dropped, and so are the graphs
 * of every note under a folder that was deleted or renamed away (the notes under its new name are
 * ingested). A note that fails to ingest keeps its previous graph and the error is logged with
 * file:line.
 * <p>
 * Events are debounced per file (editors save in several writes): a file is processed once no
 * event arrived for it during {@code debounce}. Notes are processed independently on
 * {@value #WORKERS} worker threads, so one slow or failing note never delays the others; one file
 * is never processed twice at once (a save during processing runs it again afterwards). A note
 * still in progress after {@value #SLOW_MS} ms is logged, and so is its end. Which files are notes
 * is {@link NoteFiles#isNote(Path, Path)}'s decision (hidden files and folders are not).
 */
public final class NoteWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(NoteWatcher.class);
    private static final int MAX_RECENT_ERRORS = 50;
    /** Notes processed at once; the writes still take turns at the store's write lock. */
    static final int WORKERS = 4;
    /** A note taking longer than this is logged when it passes the mark and when it ends. */
    static final long SLOW_MS = 1_000;

    private final Path root;
    private final Dataset dataset;
    private final NoteIngest ingest;
    private final long debounceNanos;
    private final WatchService watchService;
    private final Map<WatchKey, Path> keys = new HashMap<>();
    private final Map<Path, Long> pending = new HashMap<>();
    /** Files being processed, and those saved again meanwhile (processed once more afterwards). */
    private final Set<Path> running = new HashSet<>();

    private final Set<Path> again = new HashSet<>();
    private final Deque<String> recentErrors = new ArrayDeque<>();
    private final Deque<String> recentSlow = new ArrayDeque<>();
    private final ExecutorService workers;
    private final ScheduledExecutorService slowTimer;
    private final Thread thread;
    private volatile boolean open = true;
    private final AtomicLong processed = new AtomicLong();

    public NoteWatcher(Path root, Dataset dataset, NoteIngest ingest, Duration debounce) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.dataset = dataset;
        this.ingest = ingest;
        this.debounceNanos = debounce.toNanos();
        this.watchService = FileSystems.getDefault().newWatchService();
        registerTree(this.root);
        this.workers = Executors.newFixedThreadPool(WORKERS, daemon("claimgraph-watch-note"));
        this.slowTimer = Executors.newSingleThreadScheduledExecutor(daemon("claimgraph-watch-slow"));
        this.thread = new Thread(this::run, "claimgraph-watch");
        this.thread.setDaemon(true);
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    public NoteWatcher start() {
        thread.start();
        LOG.info("Watching {} for changed notes", root);
        return this;
    }

    /** The latest ingest errors (newest last), each "file:line: message". */
    public synchronized List<String> recentErrors() {
        return new ArrayList<>(recentErrors);
    }

    /** The latest log lines about notes that took over {@value #SLOW_MS} ms (start and end; newest last). */
    public synchronized List<String> recentSlowNotes() {
        return new ArrayList<>(recentSlow);
    }

    /** How many file changes were processed so far. */
    public long processedCount() {
        return processed.get();
    }

    @Override
    public void close() {
        open = false;
        try {
            watchService.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        thread.interrupt();
        workers.shutdown();
        try {
            thread.join(5_000);
            workers.awaitTermination(5, TimeUnit.SECONDS); // let an ingest in progress finish its transaction
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        slowTimer.shutdownNow();
    }

    private void run() {
        try {
            while (open) {
                WatchKey key = watchService.poll(50, TimeUnit.MILLISECONDS);
                while (key != null) {
                    collect(key);
                    key = watchService.poll();
                }
                dispatchDue();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // stopping
        } catch (RuntimeException e) {
            LOG.error("Note watcher stopped: {}", e.toString(), e);
        }
    }

    private void collect(WatchKey key) {
        Path dir = keys.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) {
                LOG.warn("Too many file events at once; rescanning {}", root);
                rescan(root);
                continue;
            }
            if (dir == null) continue;
            Path child = dir.resolve((Path) event.context());
            if (NoteFiles.hidden(root, child)) continue;
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(child)) {
                rescan(child); // a new or renamed folder: its notes are new here
            } else if (event.kind() == ENTRY_DELETE && !NoteFiles.isNote(child)) {
                forgetFolder(child); // a folder deleted or renamed away: its notes are gone
            } else if (NoteFiles.isNote(root, child)) {
                schedule(child);
            }
        }
        if (!key.reset()) keys.remove(key);
    }

    /** Schedules every stored note under {@code folder}; processing finds them gone and drops them. */
    private void forgetFolder(Path folder) {
        String prefix = NoteFiles.relativePath(root, folder) + "/";
        for (String rel : ingest.storedNotes(dataset)) if (rel.startsWith(prefix)) schedule(root.resolve(rel));
    }

    private void schedule(Path file) {
        pending.put(file.toAbsolutePath().normalize(), System.nanoTime());
    }

    private void dispatchDue() {
        long now = System.nanoTime();
        for (Iterator<Map.Entry<Path, Long>> it = pending.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Path, Long> e = it.next();
            if (now - e.getValue() >= debounceNanos) {
                it.remove();
                dispatch(e.getKey());
            }
        }
    }

    /** Hands {@code file} to a worker, or marks it to run again when a worker has it already. */
    private void dispatch(Path file) {
        synchronized (running) {
            if (!running.add(file)) {
                again.add(file);
                return;
            }
        }
        workers.execute(() -> work(file));
    }

    private void work(Path file) {
        while (true) {
            process(file);
            synchronized (running) {
                if (!again.remove(file) || !open) {
                    running.remove(file);
                    return;
                }
            }
        }
    }

    private void process(Path file) {
        String rel = NoteFiles.relativePath(root, file);
        long t0 = System.nanoTime();
        java.time.LocalTime started = java.time.LocalTime.now().withNano(0);
        ScheduledFuture<?> slow = slowTimer.schedule(
                () -> slow(rel + ": started at " + started + ", still in progress after " + SLOW_MS
                        + " ms (other notes go on)"),
                SLOW_MS,
                TimeUnit.MILLISECONDS);
        try {
            if (Files.isRegularFile(file)) {
                report(rel, ingest.ingestFile(dataset, root, file), t0);
            } else if (Files.notExists(file)) {
                boolean existed = ingest.dropNote(dataset, rel);
                LOG.info(existed ? "Dropped the graph of deleted note {}" : "Deleted {} had no graph", rel);
            }
        } catch (RuntimeException ex) {
            error(rel + ": " + ex.getMessage() + " (previous graph kept)");
        } finally {
            long ms = (System.nanoTime() - t0) / 1_000_000;
            if (!slow.cancel(false)) slow(rel + ": finished after " + ms + " ms (started at " + started + ")");
            processed.incrementAndGet();
        }
    }

    /** Says what happened to the note: updated, unchanged, updated with problems, or not updated. */
    private void report(String rel, IngestReport report, long t0) {
        long ms = (System.nanoTime() - t0) / 1_000_000;
        if (report.notes() == 0) {
            for (IngestReport.Failure f : report.failures())
                error(f.location() + ": " + f.message() + " (previous graph of " + rel + " kept)");
        } else if (report.unchanged() > 0) {
            LOG.info("{} is unchanged (same content as stored); nothing written", rel);
        } else {
            LOG.info("Re-ingested {} ({} claims, {} triples) in {} ms", rel, report.claims(), report.triples(), ms);
            for (IngestReport.Failure f : report.failures())
                problem(f.location() + ": " + f.message() + " (the graph of " + rel + " was updated)");
        }
        for (String u : report.unparsed()) LOG.warn("Not understood: {}", u);
    }

    private synchronized void error(String message) {
        LOG.error(message);
        remember(message);
    }

    private synchronized void problem(String message) {
        LOG.warn(message);
        remember(message);
    }

    private synchronized void slow(String message) {
        LOG.info(message);
        recentSlow.addLast(message);
        while (recentSlow.size() > MAX_RECENT_ERRORS) recentSlow.removeFirst();
    }

    private void remember(String message) {
        recentErrors.addLast(message);
        while (recentErrors.size() > MAX_RECENT_ERRORS) recentErrors.removeFirst();
    }

    /** Watches {@code folder} and schedules its notes and every stored note under it (those gone are dropped). */
    private void rescan(Path folder) {
        registerTree(folder);
        try (Stream<Path> files = Files.walk(folder)) {
            files.filter(Files::isRegularFile)
                    .filter(f -> NoteFiles.isNote(root, f))
                    .forEach(this::schedule);
        } catch (IOException e) {
            LOG.warn("Cannot read {}: {}", folder, e.toString());
        }
        if (folder.equals(root)) ingest.storedNotes(dataset).forEach(rel -> schedule(root.resolve(rel)));
    }

    private void registerTree(Path start) {
        try {
            Files.walkFileTree(start, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    if (!dir.equals(root) && NoteFiles.hidden(root, dir)) return FileVisitResult.SKIP_SUBTREE;
                    if (!keys.containsValue(dir))
                        keys.put(dir.register(watchService, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            LOG.warn("Cannot watch {}: {}", start, e.toString());
        }
    }
}
