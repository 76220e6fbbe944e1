package org.claimgraph.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

/**
 * The result cache and ETags of {@code claimgraph serve} against a stock {@code FusekiServer} on
 * the same TDB2 store, servers started one after the other in ABBA order (ours, stock, stock,
 * ours, …), closed-loop clients on loopback:
 * <ul>
 * <li><b>repeated</b>: {@code queries/status-counts.rq}, the same text every time (a dashboard
 *     that refreshes);</li>
 * <li><b>distinct</b>: the same query with a different comment line per request, so every request
 *     is new text and the cache never answers (the cache's cost on a miss);</li>
 * <li><b>mix</b>: a stream of distinct cheap queries, the ready queries narrowed to one note (what
 *     a reader opening notes asks): request {@code n} takes the query {@code n mod 4} of
 *     {@code src/test/resources/bench/distinct/} (the claims of a note with their status, its
 *     status counts, its pending and unverifiable claims, its line references) for note
 *     {@code (n × 7919) mod N} of the store's N notes ({@code ?path} bound as a literal), plus a
 *     comment line with {@code n}, so no text repeats and the cache never answers;</li>
 * <li><b>304</b> (ours only; stock Fuseki sends no ETag): {@code If-None-Match} with the current
 *     tag, 1 client; the client-side latency on loopback is an upper bound of the server's time.</li>
 * </ul>
 * Run: {@code java -cp CLASSES org.claimgraph.bench.EndpointCacheBench DB_DIR [rounds=2] [seconds=8] [clients=1,8] [cells=repeated,distinct,mix,304]};
 * prints a Markdown table. Not part of {@code mvn verify} (no test class).
 */
public final class EndpointCacheBench {
    private EndpointCacheBench() {}

    record Cell(String kind, int clients, double qps, double p50, double p99, long errors, long requests) {}

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        Duration measure = Duration.ofSeconds(args.length > 2 ? Long.parseLong(args[2]) : 8);
        List<Integer> clients = List.of((args.length > 3 ? args[3] : "1,8").split(",")).stream()
                .map(Integer::parseInt)
                .toList();
        String cells = args.length > 4 ? args[4] : "repeated,distinct,304";
        String query = Files.readString(Path.of("queries", "status-counts.rq"));
        Path log = Files.createTempFile("endpoint-cache-bench", ".log");
        Map<String, List<Cell>> ours = new LinkedHashMap<>();
        Map<String, List<Cell>> stock = new LinkedHashMap<>();
        for (int round = 0; round < rounds; round++) {
            for (boolean claimgraph : round % 2 == 0 ? List.of(true, false) : List.of(false, true)) {
                for (Cell c : serve(claimgraph, db, query, clients, measure, log, cells))
                    (claimgraph ? ours : stock)
                            .computeIfAbsent(c.kind() + "@" + c.clients(), k -> new ArrayList<>())
                            .add(c);
                System.err.println("round " + round + (claimgraph ? " claimgraph" : " stock") + " done");
            }
        }
        StringBuilder md = new StringBuilder();
        md.append(
                "| requests | clients | claimgraph QPS | p50 ms | p99 ms | stock QPS | p50 ms | p99 ms | ratio | errors (ours/stock) |\n");
        md.append("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n");
        for (var e : ours.entrySet()) {
            Cell a = median(e.getValue());
            List<Cell> sl = stock.get(e.getKey());
            Cell b = sl == null ? null : median(sl);
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %.2f | %.2f | %.2f | %s | %s | %s | %s | %d/%s |%n",
                    a.kind(),
                    a.clients(),
                    a.qps(),
                    a.p50(),
                    a.p99(),
                    b == null ? "–" : String.format(Locale.ROOT, "%.2f", b.qps()),
                    b == null ? "–" : String.format(Locale.ROOT, "%.2f", b.p50()),
                    b == null ? "–" : String.format(Locale.ROOT, "%.2f", b.p99()),
                    b == null ? "–" : String.format(Locale.ROOT, "%.2f×", a.qps() / Math.max(1e-9, b.qps())),
                    a.errors(),
                    b == null ? "–" : Long.toString(b.errors())));
        }
        md.append("\nMedians of ")
                .append(rounds)
                .append(" rounds per server (ABBA); ")
                .append(measure.toSeconds())
                .append(" s measured after 3 s warm-up per cell.\n");
        System.out.print(md);
    }

    private static Cell median(List<Cell> cells) {
        double[] q = cells.stream().mapToDouble(Cell::qps).toArray();
        double[] p50 = cells.stream().mapToDouble(Cell::p50).toArray();
        double[] p99 = cells.stream().mapToDouble(Cell::p99).toArray();
        Cell f = cells.get(0);
        return new Cell(
                f.kind(),
                f.clients(),
                Stats.of(q).median(),
                Stats.of(p50).median(),
                Stats.of(p99).median(),
                cells.stream().mapToLong(Cell::errors).sum(),
                cells.stream().mapToLong(Cell::requests).sum());
    }

    private static List<Cell> serve(
            boolean claimgraph, Path db, String query, List<Integer> clients, Duration measure, Path log, String cells)
            throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Process p = claimgraph
                ? ChildJvm.start(
                        log,
                        org.claimgraph.cli.Main.class,
                        "serve",
                        "--db",
                        db.toString(),
                        "--port",
                        Integer.toString(port),
                        "--timeout",
                        "300") // stock Fuseki has no query timeout; ours (10 s by default) would cut cold queries on a
                // loaded machine
                : ChildJvm.start(log, StockFuseki.class, db.toString(), Integer.toString(port));
        Thread drain = new Thread(() -> {
            try {
                p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            } catch (IOException ignored) {
            }
        });
        drain.setDaemon(true);
        drain.start();
        try {
            String base = "http://127.0.0.1:" + port;
            waitForPing(base, p);
            String endpoint = base + "/kg/sparql?query=";
            String same = endpoint + URLEncoder.encode(query, StandardCharsets.UTF_8);
            List<Cell> out = new ArrayList<>();
            // one answer first, not measured (a dashboard's first load; also warms both servers alike)
            HttpResponse<String> first =
                    HTTP.send(get(same, null, Duration.ofMinutes(5)), HttpResponse.BodyHandlers.ofString());
            if (first.statusCode() != 200) throw new IllegalStateException("first answer: HTTP " + first.statusCode());
            if (cells.contains("repeated"))
                for (int c : clients) out.add(load("repeated", c, measure, n -> get(same, null), 200));
            if (cells.contains("mix")) {
                List<String> texts = mixTemplates();
                List<String> paths = notePaths(base);
                for (int c : clients)
                    out.add(load(
                            "mix (distinct, one note each)",
                            c,
                            measure,
                            n -> get(endpoint + URLEncoder.encode(mix(texts, paths, n), StandardCharsets.UTF_8), null),
                            200));
            }
            if (cells.contains("distinct"))
                for (int c : clients)
                    out.add(load(
                            "distinct",
                            c,
                            measure,
                            n -> get(
                                    endpoint
                                            + URLEncoder.encode(
                                                    query + "\n# request " + n + "\n", StandardCharsets.UTF_8),
                                    null),
                            200));
            if (claimgraph && cells.contains("304")) {
                String tag = HTTP.send(get(same, null), HttpResponse.BodyHandlers.ofString())
                        .headers()
                        .firstValue("ETag")
                        .orElseThrow(() -> new IllegalStateException("no ETag"));
                SERVER_TIMING.clear();
                out.add(load("304 (If-None-Match)", 1, measure, n -> get(same, tag), 304));
                double[] st = SERVER_TIMING.stream()
                        .mapToDouble(Double::doubleValue)
                        .sorted()
                        .toArray();
                if (st.length > 0)
                    System.err.printf(
                            Locale.ROOT,
                            "SERVER-TIMING 304: n=%d p50=%.3f ms p99=%.3f ms%n",
                            st.length,
                            st[st.length / 2],
                            st[Math.min(st.length - 1, (int) Math.ceil(st.length * 0.99) - 1)]);
            }
            return out;
        } finally {
            p.destroy();
            if (!p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS))
                p.destroyForcibly().waitFor();
        }
    }

    private static final List<String> MIX =
            List.of("note-claims.rq", "note-status-counts.rq", "note-unverified.rq", "note-line-references.rq");

    private static List<String> mixTemplates() throws IOException {
        List<String> out = new ArrayList<>();
        for (String name : MIX)
            try (InputStream in = EndpointCacheBench.class.getResourceAsStream("/bench/distinct/" + name)) {
                if (in == null) throw new IllegalStateException("missing resource bench/distinct/" + name);
                out.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        return out;
    }

    /** Request {@code n} of the mix: template {@code n mod 4}, note {@code n × 7919 mod N}, a comment with {@code n}. */
    private static String mix(List<String> templates, List<String> paths, long n) {
        var pss = new org.apache.jena.query.ParameterizedSparqlString(templates.get((int) (n % templates.size())));
        pss.setLiteral("path", paths.get((int) ((n * 7919) % paths.size())));
        return pss.toString() + "\n# request " + n + "\n";
    }

    /** Every cg:sourcePath of the served store, in order (one unmeasured request). */
    private static List<String> notePaths(String base) throws Exception {
        String q;
        try (InputStream in = EndpointCacheBench.class.getResourceAsStream("/bench/distinct/note-paths.rq")) {
            q = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        HttpRequest r = HttpRequest.newBuilder(
                        URI.create(base + "/kg/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                .timeout(Duration.ofMinutes(5))
                .header("Accept", "text/csv")
                .GET()
                .build();
        String body = HTTP.send(r, HttpResponse.BodyHandlers.ofString()).body();
        List<String> out = new ArrayList<>();
        for (String line : body.split("\r?\n")) if (!line.isBlank() && !line.equals("p")) out.add(line.trim());
        if (out.isEmpty()) throw new IllegalStateException("no cg:sourcePath in the store");
        return out;
    }

    static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    /** Server-Timing durations (ms) of the measured 304s. */
    static final List<Double> SERVER_TIMING = java.util.Collections.synchronizedList(new ArrayList<>());

    private static HttpRequest get(String url, String ifNoneMatch) {
        return get(url, ifNoneMatch, Duration.ofSeconds(30));
    }

    private static HttpRequest get(String url, String ifNoneMatch, Duration timeout) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
                .timeout(timeout)
                .header("Accept", "application/sparql-results+json")
                .GET();
        if (ifNoneMatch != null) b.header("If-None-Match", ifNoneMatch);
        return b.build();
    }

    /** Closed loop: {@code clients} threads, 3 s warm-up then {@code measure}; a request counts when its status is {@code expect}. */
    private static Cell load(String kind, int clients, Duration measure, LongFunction<HttpRequest> request, int expect)
            throws InterruptedException {
        AtomicLong seq = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long warmEnd = System.nanoTime() + 3_000_000_000L;
        long end = warmEnd + measure.toNanos();
        List<long[]> lat = new ArrayList<>();
        int[] counts = new int[clients];
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            long[] mine = new long[2_000_000];
            lat.add(mine);
            int id = c;
            Thread t = new Thread(() -> {
                while (true) {
                    long s = System.nanoTime();
                    if (s >= end || counts[id] >= mine.length) return;
                    boolean ok;
                    try {
                        HttpResponse<InputStream> r = HTTP.send(
                                request.apply(seq.incrementAndGet()), HttpResponse.BodyHandlers.ofInputStream());
                        try (InputStream in = r.body()) {
                            in.transferTo(java.io.OutputStream.nullOutputStream());
                        }
                        ok = r.statusCode() == expect;
                        if (ok && expect == 304 && s >= warmEnd)
                            r.headers()
                                    .firstValue("Server-Timing")
                                    .map(v -> v.replaceAll(".*dur=", ""))
                                    .map(Double::parseDouble)
                                    .ifPresent(SERVER_TIMING::add);
                    } catch (Exception e) {
                        ok = false;
                    }
                    long e = System.nanoTime();
                    if (s < warmEnd) continue;
                    if (ok) mine[counts[id]++] = e - s;
                    else errors.incrementAndGet();
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) t.join();
        int total = 0;
        for (int n : counts) total += n;
        long[] all = new long[total];
        int k = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(lat.get(c), 0, all, k, counts[c]);
            k += counts[c];
        }
        double seconds = measure.toNanos() / 1e9;
        return new Cell(
                kind,
                clients,
                total / seconds,
                Stats.percentile(all, total, 50) / 1e6,
                Stats.percentile(all, total, 99) / 1e6,
                errors.get(),
                total);
    }

    private static void waitForPing(String base, Process p) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(300).toNanos();
        while (System.nanoTime() < end) {
            if (!p.isAlive()) throw new IllegalStateException("server exited with " + p.exitValue());
            try {
                HttpResponse<Void> r = HTTP.send(
                        HttpRequest.newBuilder(URI.create(base + "/$/ping"))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) return;
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("no /$/ping within 300 s");
    }
}
