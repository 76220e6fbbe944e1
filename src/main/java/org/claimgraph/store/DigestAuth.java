package org.claimgraph.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * HTTP Digest access authentication, client side (RFC 7616): answers one challenge for as many
 * requests as the server accepts its nonce, counting {@code nc} up. Algorithms {@code MD5},
 * {@code SHA-256} and their {@code -sess} variants; {@code qop=auth} (and the RFC 2069 form when
 * the server offers no qop). {@code auth-int} is not offered by the stores we talk to and is
 * refused at construction.
 *
 * <pre>
 *   HA1      = H(user ":" realm ":" password)            (-sess: H(HA1 ":" nonce ":" cnonce))
 *   HA2      = H(method ":" request-target)
 *   response = H(HA1 ":" nonce ":" nc ":" cnonce ":" "auth" ":" HA2)    (no qop: H(HA1 ":" nonce ":" HA2))
 * </pre>
 */
public final class DigestAuth {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AuthChallenge challenge;
    private final String algorithm;
    private final boolean qopAuth;
    private final String user;
    private final String password;
    private final String cnonce;
    private final AtomicInteger nc = new AtomicInteger();

    /**
     * @throws IllegalArgumentException when the challenge has no nonce, an algorithm other than
     *     MD5/SHA-256(-sess), or only {@code qop=auth-int}
     */
    public DigestAuth(AuthChallenge challenge, String user, String password) {
        this(challenge, user, password, newCnonce());
    }

    /** As above with a fixed client nonce (for test vectors). */
    DigestAuth(AuthChallenge challenge, String user, String password, String cnonce) {
        if (!"digest".equals(challenge.scheme()))
            throw new IllegalArgumentException("not a Digest challenge: " + challenge.scheme());
        if (challenge.param("nonce") == null) throw new IllegalArgumentException("Digest challenge without a nonce");
        this.challenge = challenge;
        this.algorithm = challenge.params().getOrDefault("algorithm", "MD5").toUpperCase(Locale.ROOT);
        if (!supported(algorithm))
            throw new IllegalArgumentException("Digest algorithm " + algorithm + " is not supported (MD5, SHA-256)");
        String qop = challenge.param("qop");
        this.qopAuth = qop != null && qop.toLowerCase(Locale.ROOT).matches("(.*,\\s*)?auth(\\s*,.*)?");
        if (qop != null && !qopAuth)
            throw new IllegalArgumentException("Digest qop " + qop + " is not supported (auth)");
        this.user = user;
        this.password = password;
        this.cnonce = cnonce;
    }

    /** Whether {@code algorithm} (upper case) is one this class computes. */
    static boolean supported(String algorithm) {
        return algorithm.matches("(MD5|SHA-256)(-SESS)?");
    }

    /** The digest's strength, for choosing among challenges: SHA-256 over MD5. */
    static int strength(AuthChallenge c) {
        String a = c.params().getOrDefault("algorithm", "MD5").toUpperCase(Locale.ROOT);
        return !supported(a) ? -1 : a.startsWith("SHA-256") ? 2 : 1;
    }

    /** The {@code Authorization} header value for the next request with this method and target. */
    public String authorization(String method, String requestTarget) {
        String nonce = challenge.param("nonce");
        String realm = challenge.params().getOrDefault("realm", "");
        String count = String.format(Locale.ROOT, "%08x", nc.incrementAndGet());
        String response = response(method, requestTarget, count);
        StringBuilder b = new StringBuilder("Digest ");
        quoted(b, "username", user).append(", ");
        quoted(b, "realm", realm).append(", ");
        quoted(b, "nonce", nonce).append(", ");
        quoted(b, "uri", requestTarget).append(", ");
        b.append("algorithm=")
                .append(challenge.params().getOrDefault("algorithm", "MD5"))
                .append(", ");
        if (qopAuth) {
            b.append("qop=auth, nc=").append(count).append(", ");
            quoted(b, "cnonce", cnonce).append(", ");
        }
        quoted(b, "response", response);
        if (challenge.param("opaque") != null) quoted(b.append(", "), "opaque", challenge.param("opaque"));
        return b.toString();
    }

    /** The {@code response} field for one request (RFC 7616 §3.4.1). */
    String response(String method, String requestTarget, String count) {
        String nonce = challenge.param("nonce");
        String ha1 = h(user + ":" + challenge.params().getOrDefault("realm", "") + ":" + password);
        if (algorithm.endsWith("-SESS")) ha1 = h(ha1 + ":" + nonce + ":" + cnonce);
        String ha2 = h(method + ":" + requestTarget);
        return qopAuth
                ? h(ha1 + ":" + nonce + ":" + count + ":" + cnonce + ":auth:" + ha2)
                : h(ha1 + ":" + nonce + ":" + ha2);
    }

    private String h(String s) {
        try {
            String name = algorithm.startsWith("SHA-256") ? "SHA-256" : "MD5";
            return HexFormat.of().formatHex(MessageDigest.getInstance(name).digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks " + algorithm, e);
        }
    }

    private static StringBuilder quoted(StringBuilder b, String name, String value) {
        return b.append(name)
                .append("=\"")
                .append(value.replace("\\", "\\\\").replace("\"", "\\\""))
                .append('"');
    }

    private static String newCnonce() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
