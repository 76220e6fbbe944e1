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
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Keeps a query result that the timeout cuts from reaching the client as a complete-looking but
 * broken document. Fuseki streams results and, when the query is cancelled halfway, sets status 400
 * (too late once the 200 went out) and appends a "## Query cancelled" text, which makes JSON/XML
 * results invalid. Here a response body is held back up to a limit:
 * <ul>
 * <li>finished within the limit: sent as it is, with its length;</li>
 * <li>cut within the limit (an error status set after the 200): nothing of it is sent; the client
 *     gets {@code 503} and a message instead;</li>
 * <li>larger than the limit: streamed from then on; if it is cut later, the connection is aborted
 *     (the client's HTTP library reports an incomplete transfer) and the text is never appended.</li>
 * </ul>
 * Only GET and POST requests on dataset paths ({@code /NAME/...}) are held; {@code /$/} paths and
 * static files pass through.
 */
final class ResultBuffer implements Filter {
    static final String CUT_MESSAGE = "Query cancelled (timeout or DELETE /$/queries/ID): no partial result is sent\n";
    private final long limit;

    ResultBuffer(long limit) {
        this.limit = limit;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        String m = request.getMethod();
        String path = request.getRequestURI();
        if (limit <= 0
                || !("GET".equals(m) || "POST".equals(m))
                || path.startsWith("/$/")
                || path.indexOf('/', 1) < 0 && path.contains(".")) {
            chain.doFilter(req, res);
            return;
        }
        Held held = new Held((HttpServletResponse) res, limit);
        chain.doFilter(req, held);
        held.finish();
    }

    /** The response wrapper: buffering, then passing through, and noticing a cut. */
    static final class Held extends HttpServletResponseWrapper {
        private final HttpServletResponse real;
        private final long limit;
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        private ServletOutputStream realOut;
        private boolean okSet;
        private boolean cut;
        private boolean errorSent;
        private PrintWriter writer;
        private final ServletOutputStream stream = new ServletOutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                Held.this.write(b, off, len);
            }

            @Override
            public void flush() throws IOException {
                if (realOut != null && !cut) realOut.flush();
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                throw new IllegalStateException("asynchronous output is not supported here");
            }
        };

        Held(HttpServletResponse real, long limit) {
            super(real);
            this.real = real;
            this.limit = limit;
        }

        private void write(byte[] b, int off, int len) throws IOException {
            if (cut || errorSent) return; // the cancellation text after a cut, or a body after sendError
            if (realOut != null) {
                realOut.write(b, off, len);
                return;
            }
            if (buffer.size() + (long) len <= limit) {
                buffer.write(b, off, len);
                return;
            }
            realOut = real.getOutputStream(); // over the limit: stream from now on
            buffer.writeTo(realOut);
            buffer.reset();
            realOut.write(b, off, len);
        }

        @Override
        public void setStatus(int sc) {
            if (sc >= 400 && okSet && (buffer.size() > 0 || realOut != null)) {
                cut = true; // an error after a 200 and part of a body: Fuseki's cancelled stream
                return;
            }
            if (sc == SC_OK) okSet = true;
            super.setStatus(sc);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            if (realOut != null) {
                cut = true;
                return;
            }
            buffer.reset();
            errorSent = true;
            super.sendError(sc, msg);
        }

        @Override
        public void sendError(int sc) throws IOException {
            sendError(sc, null);
        }

        @Override
        public ServletOutputStream getOutputStream() {
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                String enc = getCharacterEncoding();
                Charset cs = enc == null ? StandardCharsets.UTF_8 : Charset.forName(enc);
                writer = new PrintWriter(new OutputStreamWriter(stream, cs), false);
            }
            return writer;
        }

        @Override
        public void flushBuffer() throws IOException {
            if (realOut != null && !cut) real.flushBuffer();
        }

        @Override
        public boolean isCommitted() {
            return realOut != null ? real.isCommitted() : errorSent;
        }

        @Override
        public void resetBuffer() {
            if (realOut == null) buffer.reset();
            else super.resetBuffer();
        }

        @Override
        public void reset() {
            if (realOut == null) {
                buffer.reset();
                okSet = false;
            }
            super.reset();
        }

        @Override
        public void setContentLength(int len) {
            if (realOut != null) super.setContentLength(len);
        }

        @Override
        public void setContentLengthLong(long len) {
            if (realOut != null) super.setContentLengthLong(len);
        }

        /** After the chain: send what was held, or the 503, or abort a cut stream. */
        void finish() throws IOException, ServletException {
            if (writer != null) writer.flush();
            if (errorSent) return;
            if (cut && realOut != null)
                throw new ServletException("query cancelled after part of its result was sent: connection aborted");
            if (cut) {
                real.reset();
                real.setStatus(SC_SERVICE_UNAVAILABLE);
                real.setContentType("text/plain;charset=utf-8");
                byte[] msg = CUT_MESSAGE.getBytes(StandardCharsets.UTF_8);
                real.setContentLength(msg.length);
                real.getOutputStream().write(msg);
                return;
            }
            if (realOut == null) {
                real.setContentLength(buffer.size());
                buffer.writeTo(real.getOutputStream());
            }
        }
    }
}
