package org.claimgraph.server;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Reads a request's body before the request counts against the anonymous cap
 * ({@link AnonymousLimit}), without a thread: Jetty calls back as bytes arrive. A client trickling a
 * body therefore holds a connection, not one of the capped slots nor a worker thread; before this,
 * 30 connections sending 2 bytes/s kept every anonymous slot busy until {@link BodyLimit} cut them,
 * and a one-line anonymous query waited 4 s behind them. A body sent slower than the minimum rate
 * after the grace period ({@link BodyLimit#tooSlow}) is answered 408 here. The inner handlers read the
 * buffered bytes; a failure while reading (such as the size limit's 413, from the handler around
 * this one) reaches them after the bytes read so far, so {@link BodyLimit} answers it as before.
 */
final class BodyFirst extends Handler.Wrapper {
    private final long minBytesPerSecond;

    /** @param minBytesPerSecond slowest accepted body after the grace period; 0 = no minimum */
    BodyFirst(Handler inner, long minBytesPerSecond) {
        super(inner);
        this.minBytesPerSecond = minBytesPerSecond;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        long length = request.getLength();
        if (length == 0 || (length < 0 && !request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING)))
            return super.handle(request, response, callback); // no body

        new Reading(request, response, callback).run();
        return true;
    }

    /** One body being read; {@link #run} reads what is there and asks to be called again for more. */
    private final class Reading implements Runnable {
        private final Request request;
        private final Response response;
        private final Callback callback;
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private final long start = System.nanoTime();

        Reading(Request request, Response response, Callback callback) {
            this.request = request;
            this.response = response;
            this.callback = callback;
        }

        @Override
        public void run() {
            while (true) {
                Content.Chunk chunk = request.read();
                if (chunk == null) {
                    request.demand(this);
                    return;
                }
                if (Content.Chunk.isFailure(chunk)) {
                    forward(chunk);
                    return;
                }
                ByteBuffer b = chunk.getByteBuffer();
                byte[] bytes = new byte[b.remaining()];
                b.get(bytes);
                body.write(bytes, 0, bytes.length);
                boolean last = chunk.isLast();
                chunk.release();
                if (last) {
                    forward(Content.Chunk.EOF);
                    return;
                }
                if (BodyLimit.tooSlow(System.nanoTime() - start, body.size(), minBytesPerSecond)) {
                    Response.writeError(request, response, callback, 408, "request body sent too slowly");
                    return;
                }
            }
        }

        /** The inner handlers with the bytes read so far, then {@code end} (EOF or the failure). */
        private void forward(Content.Chunk end) {
            Request replay = new Replay(request, body.toByteArray(), end);
            try {
                if (!BodyFirst.super.handle(replay, response, callback))
                    Response.writeError(replay, response, callback, 404);
            } catch (Throwable x) {
                Response.writeError(replay, response, callback, x);
            }
        }
    }

    /** The request with its body already read: the bytes as one chunk, then the end read after them. */
    private static final class Replay extends Request.Wrapper {
        private byte[] bytes;
        private final Content.Chunk end;

        Replay(Request request, byte[] bytes, Content.Chunk end) {
            super(request);
            this.bytes = bytes;
            this.end = end;
        }

        @Override
        public synchronized Content.Chunk read() {
            if (bytes == null) return end;
            byte[] b = bytes;
            bytes = null;
            return b.length == 0 ? end : Content.Chunk.from(ByteBuffer.wrap(b), false);
        }

        @Override
        public void demand(Runnable demandCallback) {
            demandCallback.run(); // everything is here already
        }
    }
}
