package org.claimgraph.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.claimgraph.rdf.Iris;

/**
 * ETags and a result cache for the read requests of a served dataset: SPARQL queries
 * ({@code /NAME/sparql}, {@code /NAME/query}, {@code /NAME?query=}), Graph Store reads
 * ({@code GET /NAME/data}) and {@code GET /NAME/audit}.
 * <ul>
 * <li>Every 200 answer carries {@code ETag: W/"<data version>-<hash of the request>"}: the request
 *     is the path, the query parameters (or the query in the body) and the {@code Accept} header.</li>
 * <li>{@code If-None-Match} with the current tag is answered 304 before anything runs.</li>
 * <li>Answers are kept in a cache bounded in bytes (least recently used out), keyed by the request
 *     and the data version: a committed write changes the version, so an old answer is never
 *     served for new data. An answer is cached only when the version did not change while it was
 *     computed.</li>
 * </ul>
 * The data version comes from {@link VersionedDataset}; requests to datasets that are not
 * versioned pass through untouched.
 */
public final class QueryCacheFilter implements Filter {
    /** Default bound of the cache. */
    public static final long DEFAULT_MAX_BYTES = 32L * 1024 * 1024;

    private final Function<String, VersionedDataset> datasets;
    private final ResultCache cache;

    /** {@code datasets}: the versioned dataset served under a path prefix such as "/kg", or null. */
    public QueryCacheFilter(Function<String, VersionedDataset> datasets, long maxBytes) {
        this.datasets = datasets;
        this.cache = new ResultCache(maxBytes);
    }

    /** The cache, for tests and metrics. */
    public ResultCache cache() {
        return cache;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        if (!(req instanceof HttpServletRequest http) || !(res instanceof HttpServletResponse response)) {
            chain.doFilter(req, res);
            return;
        }
        ReadRequest read = ReadRequest.of(http);
        VersionedDataset ds = read == null ? null : datasets.apply(read.dataset());
        if (ds == null) {
            chain.doFilter(http, response);
            return;
        }
        long t0 = System.nanoTime();
        String version = ds.tag();
        String tag = "W/\"" + version + "-" + Iris.hash(read.key()) + "\"";
        if (matches(http.getHeader("If-None-Match"), tag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            response.setHeader("ETag", tag);
            serverTiming(response, "revalidate", t0);
            return;
        }
        ResultCache.Entry hit = cache.get(read.key(), version);
        if (hit != null) {
            headers(response, tag);
            serverTiming(response, "cache", t0);
            response.setStatus(HttpServletResponse.SC_OK);
            if (hit.contentType() != null) response.setContentType(hit.contentType());
            response.setContentLength(hit.body().length);
            if (!"HEAD".equals(http.getMethod())) response.getOutputStream().write(hit.body());
            return;
        }
        Capture capture = new Capture(response, tag, cache.maxEntryBytes());
        chain.doFilter(read.request(), capture);
        capture.flushBuffer();
        if (capture.getStatus() == HttpServletResponse.SC_OK
                && capture.complete()
                && ds.tag().equals(version)
                && !"HEAD".equals(http.getMethod()))
            cache.put(read.key(), version, new ResultCache.Entry(capture.getContentType(), capture.body()));
    }

    static boolean matches(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null) return false;
        for (String t : ifNoneMatch.split(",")) {
            String s = t.trim();
            if (s.equals("*") || s.equals(tag) || ("W/" + s).equals(tag)) return true;
        }
        return false;
    }

    private static void headers(HttpServletResponse response, String tag) {
        response.setHeader("ETag", tag);
        response.setHeader("Cache-Control", "no-cache");
        response.addHeader("Vary", "Accept");
    }

    /** Passes the answer on while keeping a copy (up to a bound); adds the ETag to a 200. */
    private static final class Capture extends HttpServletResponseWrapper {
        private final String tag;
        private final int max;
        private final ByteArrayOutputStream copy = new ByteArrayOutputStream();
        private boolean overflow;
        private boolean tagged;
        private ServletOutputStream out;
        private PrintWriter writer;

        Capture(HttpServletResponse response, String tag, int max) {
            super(response);
            this.tag = tag;
            this.max = max;
        }

        private void tag() {
            if (tagged) return;
            tagged = true;
            if (getStatus() == SC_OK) headers((HttpServletResponse) getResponse(), tag);
        }

        boolean complete() {
            return !overflow;
        }

        byte[] body() {
            return copy.toByteArray();
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (out == null) {
                ServletOutputStream real = super.getOutputStream();
                out = new ServletOutputStream() {
                    @Override
                    public boolean isReady() {
                        return real.isReady();
                    }

                    @Override
                    public void setWriteListener(WriteListener l) {
                        real.setWriteListener(l);
                    }

                    @Override
                    public void write(int b) throws IOException {
                        tag();
                        keep(new byte[] {(byte) b}, 0, 1);
                        real.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        tag();
                        keep(b, off, len);
                        real.write(b, off, len);
                    }

                    @Override
                    public void flush() throws IOException {
                        tag();
                        real.flush();
                    }
                };
            }
            return out;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                String cs = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
                writer = new PrintWriter(
                        new OutputStreamWriter(getOutputStream(), java.nio.charset.Charset.forName(cs)));
            }
            return writer;
        }

        @Override
        public void flushBuffer() throws IOException {
            tag();
            if (writer != null) writer.flush();
            super.flushBuffer();
        }

        private void keep(byte[] b, int off, int len) {
            if (overflow) return;
            if (copy.size() + len > max) {
                overflow = true;
                copy.reset();
                return;
            }
            copy.write(b, off, len);
        }
    }

    /**
     * A read request and its cache key. {@code dataset}: the path prefix of the served dataset;
     * {@code request}: the request to pass on (its body re-readable when it was read for the key).
     */
    record ReadRequest(String dataset, String key, HttpServletRequest request) {
        static ReadRequest of(HttpServletRequest http) throws IOException {
            String method = http.getMethod();
            String path = http.getRequestURI().substring(http.getContextPath().length());
            int slash = path.indexOf('/', 1);
            String dataset = slash < 0 ? path : path.substring(0, slash);
            String endpoint = slash < 0 ? "" : path.substring(slash + 1);
            if (dataset.isEmpty() || dataset.startsWith("/$")) return null;
            boolean get = method.equals("GET") || method.equals("HEAD");
            boolean query = endpoint.equals("sparql")
                    || endpoint.equals("query")
                    || (endpoint.isEmpty() && http.getParameter("query") != null);
            boolean read = get && (endpoint.equals("audit") || endpoint.equals("data") || endpoint.equals("get"));
            if (!read && !(query && (get || method.equals("POST")))) return null;
            String accept = http.getHeader("Accept") == null ? "" : http.getHeader("Accept");
            String contentType =
                    http.getContentType() == null ? "" : http.getContentType().toLowerCase(java.util.Locale.ROOT);
            if (method.equals("POST") && contentType.startsWith("application/sparql-query")) {
                byte[] body = http.getInputStream().readAllBytes();
                String key = path + "\n" + http.getQueryString() + "\n" + new String(body, StandardCharsets.UTF_8)
                        + "\n" + accept;
                return new ReadRequest(dataset, key, new ReplayedBody(http, body));
            }
            if (method.equals("POST") && !contentType.startsWith("application/x-www-form-urlencoded")) return null;
            Map<String, String[]> params = new TreeMap<>(http.getParameterMap());
            StringBuilder key = new StringBuilder(path).append('\n');
            params.forEach((k, v) ->
                    key.append(k).append('=').append(String.join("\u001f", v)).append('\n'));
            return new ReadRequest(dataset, key.append(accept).toString(), http);
        }
    }

    /** {@code Server-Timing: NAME;dur=MS}: this filter's time for an answer it gave itself (304 or a cache hit). */
    private static void serverTiming(HttpServletResponse response, String name, long t0) {
        response.setHeader(
                "Server-Timing",
                name + ";dur=" + String.format(java.util.Locale.ROOT, "%.3f", (System.nanoTime() - t0) / 1e6));
    }
}
