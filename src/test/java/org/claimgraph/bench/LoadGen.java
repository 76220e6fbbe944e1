package org.claimgraph.bench;

import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded closed-loop load generator for SPARQL GET requests on loopback: {@code clients}
 * threads each send a request, read the whole response, and send the next, first for a
 * warm-up period (not recorded), then for the measured period or until {@code maxRequests}.
 */
public final class LoadGen {
    /** Outcome of one measured period. Latencies in ms. */
    public record Result(
            int clients,
            long requests,
            long errors,
            double seconds,
            double qps,
            double p50ms,
            double p99ms,
            String firstError) {}

    private LoadGen() {}

    public static Result run(
            String endpoint, String query, int clients, Duration warmUp, Duration measure, int maxRequests)
            throws InterruptedException {
        if (!endpoint.startsWith("http://127.0.0.1:") && !endpoint.startsWith("http://localhost:")) {
            throw new IllegalArgumentException("loopback only: " + endpoint);
        }
        URI uri = URI.create(endpoint + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        HttpRequest req = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/sparql-results+json")
                .GET()
                .build();

        int perThread = Math.max(1, maxRequests / clients);
        long[][] lat = new long[clients][perThread];
        int[] counts = new int[clients];
        AtomicLong errors = new AtomicLong();
        String[] firstError = new String[1];
        long warmEnd = System.nanoTime() + warmUp.toNanos();
        long[] measureStart = new long[1];
        long[] measureEnd = {warmEnd + measure.toNanos()};
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            final int id = c;
            Thread t = new Thread(
                    () -> {
                        while (true) {
                            long s = System.nanoTime();
                            if (s >= measureEnd[0] || counts[id] >= perThread) return;
                            boolean ok;
                            String err = null;
                            try {
                                HttpResponse<InputStream> resp =
                                        http.send(req, HttpResponse.BodyHandlers.ofInputStream());
                                try (InputStream in = resp.body()) {
                                    in.transferTo(java.io.OutputStream.nullOutputStream());
                                }
                                ok = resp.statusCode() == 200;
                                if (!ok) err = "HTTP " + resp.statusCode();
                            } catch (Exception e) {
                                ok = false;
                                err = e.toString();
                            }
                            long e = System.nanoTime();
                            if (s >= warmEnd) {
                                if (ok) lat[id][counts[id]++] = e - s;
                                else {
                                    errors.incrementAndGet();
                                    synchronized (firstError) {
                                        if (firstError[0] == null) firstError[0] = err;
                                    }
                                }
                            }
                        }
                    },
                    "load-" + c);
            threads.add(t);
        }
        for (Thread t : threads) t.start();
        measureStart[0] = warmEnd;
        for (Thread t : threads) t.join();
        long end = Math.min(System.nanoTime(), measureEnd[0]);
        double seconds = Math.max(1e-9, (end - measureStart[0]) / 1e9);
        int total = 0;
        for (int n : counts) total += n;
        long[] all = new long[total];
        int k = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(lat[c], 0, all, k, counts[c]);
            k += counts[c];
        }
        return new Result(
                clients,
                total,
                errors.get(),
                seconds,
                total / seconds,
                Stats.percentile(all, total, 50) / 1e6,
                Stats.percentile(all, total, 99) / 1e6,
                firstError[0]);
    }
}
