package org.claimgraph.server;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;

/**
 * A request whose body a filter has already read (to key the result cache, or to look at the query
 * before forwarding it), offered again to the next filter or servlet as the same bytes.
 */
class ReplayedBody extends jakarta.servlet.http.HttpServletRequestWrapper {
    private final byte[] body;

    ReplayedBody(HttpServletRequest request, byte[] body) {
        super(request);
        this.body = body;
    }

    @Override
    public jakarta.servlet.ServletInputStream getInputStream() {
        java.io.ByteArrayInputStream in = new java.io.ByteArrayInputStream(body);
        return new jakarta.servlet.ServletInputStream() {
            @Override
            public boolean isFinished() {
                return in.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(jakarta.servlet.ReadListener l) {
                throw new IllegalStateException("synchronous only");
            }

            @Override
            public int read() {
                return in.read();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                return in.read(b, off, len);
            }
        };
    }

    @Override
    public java.io.BufferedReader getReader() {
        return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }
}
