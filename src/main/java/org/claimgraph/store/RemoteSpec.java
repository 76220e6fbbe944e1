package org.claimgraph.store;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A remote store spec read: {@code sparql:BASE} (Fuseki-style {@code BASE/sparql},
 * {@code BASE/update}, {@code BASE/data}) or {@code sparql:query=URL;gsp=URL[;update=URL]}, with
 * the credentials that answer the store (given ones first, else {@code user:password@} of a URL).
 */
record RemoteSpec(RemoteStore.Endpoints endpoints, StoreCredentials credentials) {

    /** @throws IllegalArgumentException with what is wrong when the spec cannot be understood */
    static RemoteSpec parse(String spec, StoreCredentials credentials) {
        if (!RemoteStore.isRemote(spec))
            throw new IllegalArgumentException("a remote store is written sparql:URL, got: " + spec);
        String body = spec.substring(RemoteStore.SCHEME.length());
        String user = credentials.hasPassword() ? credentials.user() : null;
        String password = credentials.hasPassword() ? credentials.password() : null;
        String[] cred = {user, password};
        RemoteStore.Endpoints e = body.startsWith("query=") ? named(spec, body, cred) : based(body, cred);
        StoreCredentials answer = credentials.hasToken()
                ? credentials
                : cred[0] == null
                        ? StoreCredentials.none()
                        : StoreCredentials.password(cred[0], Objects.requireNonNullElse(cred[1], ""));
        return new RemoteSpec(e, answer);
    }

    /** {@code query=URL;gsp=URL[;update=URL]}. */
    private static RemoteStore.Endpoints named(String spec, String body, String[] cred) {
        String q = null, u = null, g = null;
        for (String part : body.split(";")) {
            int eq = part.indexOf('=');
            if (eq < 0) throw new IllegalArgumentException("expected key=URL in " + spec + " at '" + part + "'");
            String v = stripUserInfo(part.substring(eq + 1), cred);
            switch (part.substring(0, eq)) {
                case "query" -> q = v;
                case "update" -> u = v;
                case "gsp" -> g = v;
                default ->
                    throw new IllegalArgumentException(
                            "unknown key '" + part.substring(0, eq) + "' in " + spec + " (use query=, gsp=, update=)");
            }
        }
        if (q == null || g == null) throw new IllegalArgumentException("both query= and gsp= are needed in " + spec);
        return new RemoteStore.Endpoints(q, u, g);
    }

    /** A Fuseki-style dataset base. */
    private static RemoteStore.Endpoints based(String body, String[] cred) {
        String base = stripUserInfo(body, cred).replaceAll("/+$", "");
        return new RemoteStore.Endpoints(base + "/sparql", base + "/update", base + "/data");
    }

    /** {@code spec} with every {@code user:password@} removed, for messages and logs. */
    static String redact(String spec) {
        return spec == null ? null : spec.replaceAll("(https?://)[^/@;\\s]*@", "$1");
    }

    /** Removes {@code user:password@} from an http(s) URL, storing them in {@code cred} when not set. */
    private static String stripUserInfo(String url, String[] cred) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException("not a URL: " + url + " (" + ex.getMessage() + ")", ex);
        }
        if (uri.getScheme() == null
                || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
            throw new IllegalArgumentException("remote store URL must be http or https: " + url);
        }
        String info = uri.getRawUserInfo();
        if (info == null) return url;
        int colon = info.indexOf(':');
        if (cred[0] == null) {
            cred[0] = URLDecoder.decode(colon < 0 ? info : info.substring(0, colon), StandardCharsets.UTF_8);
            cred[1] = colon < 0 ? "" : URLDecoder.decode(info.substring(colon + 1), StandardCharsets.UTF_8);
        }
        return url.replaceFirst("//\\Q" + info + "\\E@", "//");
    }
}
