package org.claimgraph.server;

import static org.claimgraph.server.TestServers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The attacks of issue 18 at once against one real server on 127.0.0.1 (real ingest, watch mode,
 * 2 s query timeout) while a canary client measures {@code /$/ping} and a simple query:
 * <ul>
 *   <li>regex: {@value #REGEX_CLIENTS} clients sending {@code FILTER regex(?x, "(.*a){12}$")} over a
 *       48-character string, one after the other (each ends in 503 at the timeout);</li>
 *   <li>slow bodies: {@value #SLOW_CONNECTIONS} connections trickling a query body at 2 bytes/s,
 *       reopened when the server cuts them;</li>
 *   <li>large note: a {@value #LARGE_NOTE_MB} MB note (the examples repeated) saved into the watched
 *       folder every {@value #LARGE_NOTE_EVERY_S} s, each save re-ingested by the watcher.</li>
 * </ul>
 * Bounded: {@code -Dstress.seconds} (default 60) of attack, then every attacker stops; each request
 * has a client timeout. Goal: canary p99 ≤ {@value #GOAL_P99_MS} ms and no canary error. Tagged
 * {@code bench} (not in {@code mvn verify}). Run: see BENCHMARKS.md ("attacks at once").
 */
@Tag("bench")
class AttackStressTest {
    static final int REGEX_CLIENTS = 4;
    static final int SLOW_CONNECTIONS = 30;
    static final int LARGE_NOTE_MB = 3;
    static final int LARGE_NOTE_EVERY_S = 10;
    static final long GOAL_P99_MS = 500;
    static final long CANARY_EVERY_MS = 100;
    static final int BASELINE_SECONDS = 20;
    static final String EVIL_STRING = "a".repeat(47) + "b";

    @TempDir
    Path tmp;

    @Test
    void canaryStaysFastUnderAllAttacksAtOnce() throws Exception {
        Result r = run(tmp, Integer.getInteger("stress.seconds", 60));
        System.out.println(r.markdown());
        assertEquals(0, r.canaryErrors(), "canary errors: " + r.errors());
        assertTrue(r.pingP99() <= GOAL_P99_MS && r.queryP99() <= GOAL_P99_MS, r.markdown());
        assertTrue(
                r.regexRequests() > 0 && r.slowCut() > 0 && r.largeNoteSaves() > 0,
                "every attack ran: " + r.markdown());
    }

    record Result(
            int seconds,
            List<Long> basePing,
            List<Long> baseQuery,
            List<Long> ping,
            List<Long> query,
            int canaryErrors,
            List<String> errors,
            int regexRequests,
            Map<Integer, Integer> regexStatuses,
            int slowOpened,
            int slowCut,
            int largeNoteSaves,
            long largeNoteProcessed) {
        long pingP99() {
            return pct(ping, 99);
        }

        long queryP99() {
            return pct(query, 99);
        }

        String markdown() {
            return String.format(
                    Locale.ROOT,
                    """
                    | canary | phase | requests | p50 ms | p99 ms | max ms | errors |
                    |---|---|---|---|---|---|---|
                    | GET /$/ping | before the attack | %d | %d | %d | %d | |
                    | SPARQL ASK (anonymous) | before the attack | %d | %d | %d | %d | |
                    | GET /$/ping | during the attack | %d | %d | %d | %d | %d |
                    | SPARQL ASK (anonymous) | during the attack | %d | %d | %d | %d | |

                    attack %d s: regex requests %d (statuses %s); slow-body connections opened %d, cut by the server %d; \
                    large-note saves %d (%d MB each), watcher runs finished %d
                    """,
                    basePing.size(),
                    pct(basePing, 50),
                    pct(basePing, 99),
                    pct(basePing, 100),
                    baseQuery.size(),
                    pct(baseQuery, 50),
                    pct(baseQuery, 99),
                    pct(baseQuery, 100),
                    ping.size(),
                    pct(ping, 50),
                    pct(ping, 99),
                    pct(ping, 100),
                    canaryErrors,
                    query.size(),
                    pct(query, 50),
                    pct(query, 99),
                    pct(query, 100),
                    seconds,
                    regexRequests,
                    regexStatuses,
                    slowOpened,
                    slowCut,
                    largeNoteSaves,
                    LARGE_NOTE_MB,
                    largeNoteProcessed);
        }
    }

    static long pct(List<Long> xs, int p) {
        if (xs.isEmpty()) return -1;
        List<Long> s = new ArrayList<>(xs);
        Collections.sort(s);
        return s.get(Math.min(s.size() - 1, (int) Math.ceil(p / 100.0 * s.size()) - 1));
    }

    static Result run(Path tmp, int seconds) throws Exception {
        Path notes = Files.createDirectories(tmp.resolve("notes"));
        for (Path ex : List.of(Path.of("examples/ci-pipeline.md"), Path.of("examples/postgres-ha.md")))
            Files.copy(ex, notes.resolve(ex.getFileName()));
        String big = largeNote(LARGE_NOTE_MB << 20);
        try (ClaimgraphServer server = TestServers.start(tmp, o -> {
            o.timeoutSeconds = 2;
            o.docs = notes;
            o.watch = true;
            o.ingest = null; // the real extractor, as `serve --watch`
        })) {
            String auth = basic("admin", PASSWORD);
            HttpResponse<String> u = post(
                    base(server) + "/kg/update",
                    "application/sparql-update",
                    "INSERT DATA { GRAPH <https://example.org/stress> { <https://example.org/evil> <https://example.org/text> \""
                            + EVIL_STRING + "\" } }",
                    auth);
            assertTrue(u.statusCode() == 200 || u.statusCode() == 204, u.body());
            // the canary alone first (same server, same machine load): the baseline the attack is compared with
            List<Long> basePing = new ArrayList<>(), baseAsk = new ArrayList<>();
            ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
            long baseEnd = System.nanoTime() + TimeUnit.SECONDS.toNanos(BASELINE_SECONDS);
            canary(server, () -> System.nanoTime() < baseEnd, basePing, baseAsk, new ConcurrentLinkedQueue<>());
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            Supplier<Boolean> going = () -> System.nanoTime() < end;
            ExecutorService pool = Executors.newCachedThreadPool();
            Map<Integer, Integer> regexStatuses = new ConcurrentHashMap<>();
            AtomicInteger regexRequests = new AtomicInteger(),
                    slowOpened = new AtomicInteger(),
                    slowCut = new AtomicInteger(),
                    saves = new AtomicInteger();
            String evil = "SELECT ?x WHERE { GRAPH ?g { ?s ?p ?x } FILTER regex(?x, \"(.*a){12}$\") }";
            for (int i = 0; i < REGEX_CLIENTS; i++) {
                pool.submit(() -> {
                    while (going.get()) {
                        int status = attempt(() -> query(server, evil, "application/sparql-results+json")
                                .statusCode());
                        regexStatuses.merge(status, 1, Integer::sum);
                        regexRequests.incrementAndGet();
                    }
                    return null;
                });
            }
            for (int i = 0; i < SLOW_CONNECTIONS; i++) {
                boolean form = i % 2 == 0;
                pool.submit(() -> {
                    while (going.get()) {
                        slowOpened.incrementAndGet();
                        String line = SlowClientsTest.trickle(server.port(), form);
                        if (line.startsWith("HTTP/1.1 408")) slowCut.incrementAndGet();
                    }
                    return null;
                });
            }
            long processedBefore =
                    server.watcher() == null ? 0 : server.watcher().processedCount();
            pool.submit(() -> {
                for (int n = 0; going.get(); n++) {
                    Files.writeString(notes.resolve("large.md"), big + "\n最后一行 " + n + "\n");
                    saves.incrementAndGet();
                    Thread.sleep(TimeUnit.SECONDS.toMillis(LARGE_NOTE_EVERY_S)); // the attack's pace
                }
                return null;
            });
            List<Long> ping = new ArrayList<>(), ask = new ArrayList<>();
            canary(server, going, ping, ask, errors);
            pool.shutdownNow();
            pool.awaitTermination(3, TimeUnit.MINUTES);
            long processed = server.watcher() == null ? -1 : server.watcher().processedCount() - processedBefore;
            return new Result(
                    seconds,
                    basePing,
                    baseAsk,
                    ping,
                    ask,
                    errors.size(),
                    new ArrayList<>(errors),
                    regexRequests.get(),
                    new java.util.TreeMap<>(regexStatuses),
                    slowOpened.get(),
                    slowCut.get(),
                    saves.get(),
                    processed);
        }
    }

    /** {@code /$/ping} and an anonymous ASK one after the other, every {@value #CANARY_EVERY_MS} ms, while {@code going}. */
    private static void canary(
            ClaimgraphServer server,
            Supplier<Boolean> going,
            List<Long> ping,
            List<Long> ask,
            ConcurrentLinkedQueue<String> errors)
            throws InterruptedException {
        while (going.get()) {
            ping.add(timed(() -> get(base(server) + "/$/ping", null), errors, "ping"));
            ask.add(timed(() -> query(server, "ASK { ?s ?p ?o }", "application/sparql-results+json"), errors, "ask"));
            Thread.sleep(CANARY_EVERY_MS); // the canary's pace
        }
    }

    private static int attempt(Supplier<Integer> request) {
        try {
            return request.get();
        } catch (RuntimeException e) {
            return -1;
        }
    }

    private static long timed(
            Supplier<HttpResponse<String>> request, ConcurrentLinkedQueue<String> errors, String what) {
        long t0 = System.nanoTime();
        try {
            HttpResponse<String> r = request.get();
            if (r.statusCode() != 200) errors.add(what + ": " + r.statusCode());
        } catch (RuntimeException e) {
            errors.add(what + ": " + e);
        }
        return (System.nanoTime() - t0) / 1_000_000;
    }

    static String largeNote(int bytes) throws IOException {
        List<String> examples = List.of(
                Files.readString(Path.of("examples/ci-pipeline.md")),
                Files.readString(Path.of("examples/postgres-ha.md")));
        StringBuilder sb = new StringBuilder();
        int n = 0;
        for (int i = 0; n < bytes - 4096; i++) {
            String piece = examples.get(i % 2) + "\n\n";
            sb.append(piece);
            n += piece.getBytes(StandardCharsets.UTF_8).length;
        }
        return sb.toString();
    }

    /** {@code java -cp … org.claimgraph.server.AttackStressTest [seconds]}: the same run outside surefire. */
    public static void main(String[] args) throws Exception {
        Path tmp = Files.createTempDirectory("claimgraph-stress");
        Result r = run(tmp, args.length > 0 ? Integer.parseInt(args[0]) : 60);
        System.out.println(r.markdown());
        System.out.println("canary errors: " + r.errors());
        System.exit(0);
    }
}
