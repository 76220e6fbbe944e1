package org.claimgraph.server;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.security.LoginService;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.QoSHandler;

/**
 * A cap on anonymous requests in progress, so that slow or expensive anonymous clients cannot take
 * every worker thread: at most {@code max} run at once, the rest wait without a thread (Jetty's
 * {@link QoSHandler} suspends them) for up to {@link #MAX_WAIT} and then get 503. Not counted: a
 * request whose Basic credentials are valid for the password file (the writer), and
 * {@code /$/ping}, which therefore always get a thread. Credentials are checked here against the
 * server's login service, so a made-up {@code Authorization} header does not skip the queue.
 */
final class AnonymousLimit {
    static final Duration MAX_WAIT = Duration.ofSeconds(60);

    private AnonymousLimit() {}

    /** {@code inner} behind the cap; {@code login} may be null (no password file: everyone is anonymous). */
    static Handler around(Handler inner, int max, LoginService login) {
        QoSHandler qos = new QoSHandler(inner);
        qos.setMaxRequestCount(Math.max(1, max));
        qos.setMaxSuspend(MAX_WAIT);
        qos.excludePath("/$/ping");
        qos.exclude(request -> authenticated(request, login));
        return qos;
    }

    static boolean authenticated(Request request, LoginService login) {
        String h = request.getHeaders().get(HttpHeader.AUTHORIZATION);
        if (login == null || h == null || !h.regionMatches(true, 0, "Basic ", 0, 6)) return false;
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(h.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) return false;
        return login.login(decoded.substring(0, colon), decoded.substring(colon + 1), request, create -> null) != null;
    }
}
