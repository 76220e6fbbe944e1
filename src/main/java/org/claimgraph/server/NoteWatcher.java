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
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.claimgraph.store.IngestReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a notes folder (and its sub-folders) and keeps the dataset in step: a saved note is
 * re-ingested into its own named graph, a deleted note's graph is dropped, a note that fails to
 * ingest keeps its previous graph and the error is logged with file:line.
 * <p>
 * Events are debounced per file (editors save in several writes): a file is processed once no
 * event arrived for it during {@code debounce}. Hidden files and folders ({@code .obsidian/},
 * editor swap files) are ignored.
 */
public final class NoteWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(NoteWatcher.class);
    private static final int MAX_RECENT_ERRORS = 50;

    private final Path root;
    private final Dataset dataset;
    private final NoteIngest ingest;
    private final long debounceNanos;
    private final WatchService watchService;
    private final Map<WatchKey, Path> keys = new HashMap<>();
    private final Map<Path, Long> pending = new HashMap<>();
    private final Deque<String> recentErrors = new ArrayDeque<>();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long processed;

    public NoteWatcher(Path root, Dataset dataset, NoteIngest ingest, Duration debounce) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.dataset = dataset;
        this.ingest = ingest;
        this.debounceNanos = debounce.toNanos();
        this.watchService = FileSystems.getDefault().newWatchService();
        registerTree(this.root);
        this.thread = new Thread(this::run, "claimgraph-watch");
        this.thread.setDaemon(true);
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

    /** How many file changes were processed so far. */
    public long processedCount() {
        return processed;
    }

    @Override
    public void close() {
        running = false;
        try {
            watchService.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        thread.interrupt();
        try {
            thread.join(5_000);  // let an ingest in progress finish its transaction
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        try {
            while (running) {
                WatchKey key = watchService.poll(50, TimeUnit.MILLISECONDS);
                while (key != null) {
                    collect(key);
                    key = watchService.poll();
                }
                processDue();
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
                rescan();
                continue;
            }
            if (dir == null)
                continue;
            Path child = dir.resolve((Path) event.context());
            if (isHidden(child))
                continue;
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(child)) {
                registerTree(child);
                try (Stream<Path> files = Files.walk(child)) {
                    files.filter(Files::isRegularFile).filter(NoteIngest::isNote).forEach(this::schedule);
                } catch (IOException e) {
                    LOG.warn("Cannot read new folder {}: {}", child, e.toString());
                }
            } else if (NoteIngest.isNote(child)) {
                schedule(child);
            }
        }
        if (!key.reset())
            keys.remove(key);
    }

    private void schedule(Path file) {
        pending.put(file, System.nanoTime());
    }

    private void processDue() {
        long now = System.nanoTime();
        for (Iterator<Map.Entry<Path, Long>> it = pending.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Path, Long> e = it.next();
            if (now - e.getValue() >= debounceNanos) {
                it.remove();
                process(e.getKey());
            }
        }
    }

    private void process(Path file) {
        String rel = relative(file);
        long t0 = System.nanoTime();
        try {
            if (Files.isRegularFile(file)) {
                IngestReport report = ingest.ingestFile(dataset, root, file);
                if (report.failures().isEmpty()) {
                    LOG.info("Re-ingested {} ({} claims, {} triples) in {} ms", rel, report.claims(), report.triples(),
                            (System.nanoTime() - t0) / 1_000_000);
                } else {
                    for (IngestReport.Failure f : report.failures())
                        error(f.location() + ": " + f.message() + " (previous graph of " + rel + " kept)");
                }
                for (String u : report.unparsed())
                    LOG.warn("Not understood: {}", u);
            } else if (Files.notExists(file)) {
                boolean existed = ingest.dropNote(dataset, rel);
                LOG.info(existed ? "Dropped the graph of deleted note {}" : "Deleted {} had no graph", rel);
            }
        } catch (RuntimeException ex) {
            error(rel + ": " + ex.getMessage() + " (previous graph kept)");
        } finally {
            processed++;
        }
    }

    private synchronized void error(String message) {
        LOG.error(message);
        recentErrors.addLast(message);
        while (recentErrors.size() > MAX_RECENT_ERRORS)
            recentErrors.removeFirst();
    }

    private String relative(Path file) {
        return root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    private boolean isHidden(Path p) {
        Path rel = root.relativize(p.toAbsolutePath().normalize());
        for (Path part : rel)
            if (part.toString().startsWith("."))
                return true;
        return false;
    }

    private void rescan() {
        registerTree(root);
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(Files::isRegularFile).filter(f -> !isHidden(f)).filter(NoteIngest::isNote).forEach(this::schedule);
        } catch (IOException e) {
            LOG.warn("Cannot rescan {}: {}", root, e.toString());
        }
    }

    private void registerTree(Path start) {
        try {
            Files.walkFileTree(start, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    if (!dir.equals(root) && isHidden(dir))
                        return FileVisitResult.SKIP_SUBTREE;
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
