package org.claimgraph.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.util.UrlEncoded;

/**
 * Request bodies read completely before an operation sees them, so that a body that is too large or
 * too slow gets its own status instead of a failure in the middle of parsing (which Fuseki answers
 * with 500): over the size limit 413, also when it comes without a length (chunked); sent slower than
 * the minimum data rate 408. The rate is measured here, from the first read of the body and after a
 * grace period ({@link #tooSlow}), not by Jetty's {@code HttpConfiguration.setMinRequestDataRate},
 * which counts from the start of the request: on a starved machine a body of a few hundred bytes,
 * read half a second after its headers, failed that rate although it had arrived at once. A body with
 * {@code Content-Length} over the limit is refused before it is read. The body is read into memory,
 * at most the limit; a form ({@code application/x-www-form-urlencoded}) is decoded here too, since
 * Jetty's own form reading does not apply the minimum data rate.
 */
final class BodyLimit implements Filter {
    /** A body may take this long whatever its size before its rate counts. */
    static final long GRACE_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(2);

    private final long limit;
    private final long minBytesPerSecond;

    /** @param minBytesPerSecond slowest accepted body after the grace period; 0 = no minimum */
    BodyLimit(long limit, long minBytesPerSecond) {
        this.limit = limit;
        this.minBytesPerSecond = minBytesPerSecond;
    }

    /**
     * Whether {@code bytes} read {@code elapsedNanos} after the first read are too few: after the
     * grace period, fewer than the minimum rate allows for the time past it.
     */
    static boolean tooSlow(long elapsedNanos, long bytes, long minBytesPerSecond) {
        if (minBytesPerSecond <= 0 || elapsedNanos <= GRACE_NANOS) return false;
        double seconds = (elapsedNanos - GRACE_NANOS) / 1e9;
        return bytes < minBytesPerSecond * seconds;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        if (request.getContentLengthLong() > limit) {
            tooLarge(response);
            return;
        }
        String method = request.getMethod();
        if (!("POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method))
                || request.getContentLengthLong() == 0) {
            chain.doFilter(req, res);
            return;
        }
        String type =
                request.getContentType() == null ? "" : request.getContentType().toLowerCase(java.util.Locale.ROOT);
        if (type.startsWith("multipart/")) {
            chain.doFilter(req, res); // not used by any operation here; Jetty's own limits apply
            return;
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try (InputStream in = request.getInputStream()) {
            byte[] buf = new byte[64 * 1024];
            long start = System.nanoTime();
            for (int n; (n = in.read(buf)) >= 0; ) {
                if (body.size() + (long) n > limit) {
                    tooLarge(response);
                    return;
                }
                body.write(buf, 0, n);
                if (tooSlow(System.nanoTime() - start, body.size(), minBytesPerSecond)) {
                    tooSlow(response);
                    return;
                }
            }
        } catch (IOException | RuntimeException e) {
            if (!fail(e, response)) throw e;
            return;
        }
        chain.doFilter(
                new Buffered(request, body.toByteArray(), type.startsWith("application/x-www-form-urlencoded")), res);
    }

    /** Answers a read stopped by Jetty's size limit (413) or minimum data rate (408) with that status; false for other failures. */
    private boolean fail(Throwable e, HttpServletResponse response) throws IOException {
        int code = httpCode(e);
        if (code < 0) return false;
        if (code == HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE) tooLarge(response);
        else if (!response.isCommitted()) {
            response.setHeader("Connection", "close");
            response.sendError(
                    code,
                    code == HttpServletResponse.SC_REQUEST_TIMEOUT ? "request body sent too slowly" : e.getMessage());
        }
        return true;
    }

    private static int httpCode(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause())
            if (c instanceof org.eclipse.jetty.http.HttpException h) return h.getCode();
        return -1;
    }

    private static void tooSlow(HttpServletResponse response) throws IOException {
        response.setHeader("Connection", "close");
        response.sendError(HttpServletResponse.SC_REQUEST_TIMEOUT, "request body sent too slowly");
    }

    private void tooLarge(HttpServletResponse response) throws IOException {
        response.setHeader("Connection", "close");
        response.sendError(
                HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                "request body over " + limit + " bytes (cgsrv:maxRequestBytes)");
    }

    /** The request with its body already read; a form's fields join the query string's parameters. */
    private static final class Buffered extends ReplayedBody {
        private final int length;
        private final Map<String, String[]> parameters;

        Buffered(HttpServletRequest request, byte[] body, boolean form) {
            super(request, body);
            this.length = body.length;
            if (!form) {
                this.parameters = null;
                return;
            }
            Map<String, List<String>> values = new LinkedHashMap<>();
            java.nio.charset.Charset cs = request.getCharacterEncoding() == null
                    ? StandardCharsets.UTF_8
                    : java.nio.charset.Charset.forName(request.getCharacterEncoding());
            if (request.getQueryString() != null)
                UrlEncoded.decodeTo(
                        request.getQueryString(),
                        (k, v) -> values.computeIfAbsent(k, x -> new ArrayList<>())
                                .add(v),
                        StandardCharsets.UTF_8);
            UrlEncoded.decodeTo(
                    new String(body, cs),
                    (k, v) -> values.computeIfAbsent(k, x -> new ArrayList<>()).add(v),
                    cs);
            Map<String, String[]> p = new LinkedHashMap<>();
            values.forEach((k, v) -> p.put(k, v.toArray(String[]::new)));
            this.parameters = Collections.unmodifiableMap(p);
        }

        @Override
        public String getParameter(String name) {
            if (parameters == null) return super.getParameter(name);
            String[] v = parameters.get(name);
            return v == null ? null : v[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters == null ? super.getParameterMap() : parameters;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return parameters == null ? super.getParameterNames() : Collections.enumeration(parameters.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            return parameters == null ? super.getParameterValues(name) : parameters.get(name);
        }

        @Override
        public int getContentLength() {
            return length;
        }

        @Override
        public long getContentLengthLong() {
            return length;
        }
    }
}
