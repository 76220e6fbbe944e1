package org.claimgraph.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Set;

/**
 * Browser-borne attacks on a server that runs on a laptop next to the notes:
 * <ul>
 * <li><b>DNS rebinding</b>: a request that reached a loopback address must name a loopback host
 *     ({@link HostCheck}: {@code localhost}, {@code *.localhost}, {@code 127.x.y.z}, {@code [::1]}, or a
 *     name allowed with {@code --allow-host}); a web page whose own name was re-pointed to 127.0.0.1
 *     gets 403 instead of the notes.</li>
 * <li><b>Cross-site writes</b>: a write (POST, PUT, DELETE, PATCH) that carries credentials
 *     (a browser re-sends cached Basic credentials) from a page of another origin gets 403, unless
 *     that origin was allowed with {@code --cors}. Anonymous writes are refused by authentication
 *     anyway.</li>
 * </ul>
 */
final class RequestGuard implements Filter {
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private final CorsFilter cors; // the allowed origins; may allow none
    private final HostCheck hosts;

    RequestGuard(CorsFilter cors, HostCheck hosts) {
        this.cors = cors;
        this.hosts = hosts;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        if (isLoopback(request.getLocalAddr()) && !hosts.allows(request.getHeader("Host"))) {
            response.sendError(
                    HttpServletResponse.SC_FORBIDDEN,
                    "Host not allowed: this server answers to localhost / 127.0.0.1 only"
                            + " (allow a name with --allow-host NAME)");
            return;
        }
        String origin = request.getHeader("Origin");
        if (origin != null
                && !SAFE_METHODS.contains(request.getMethod())
                && request.getHeader("Authorization") != null
                && !sameOrigin(origin, request)
                && !cors.allows(origin)) {
            response.sendError(
                    HttpServletResponse.SC_FORBIDDEN,
                    "Cross-origin write refused (origin " + origin
                            + "); allow the origin with --cors if this is your tool");
            return;
        }
        chain.doFilter(req, res);
    }

    private static boolean sameOrigin(String origin, HttpServletRequest request) {
        String host = request.getHeader("Host");
        return host != null && origin.equalsIgnoreCase(request.getScheme() + "://" + host);
    }

    private static boolean isLoopback(String address) {
        if (address == null) return false;
        try {
            return InetAddress.getByName(address).isLoopbackAddress(); // a literal address: no DNS lookup
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
