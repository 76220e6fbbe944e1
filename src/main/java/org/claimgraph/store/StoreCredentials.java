package org.claimgraph.store;

import java.util.Map;

/**
 * What claimgraph answers a remote store's authentication challenge with: a user and password
 * (HTTP Basic or Digest, whichever the store asks for) or a bearer token (managed stores), or
 * nothing. {@link #toString()} never shows a secret, so credentials can travel through logs and
 * error messages safely.
 *
 * @param user     user name, or null
 * @param password password (may be empty), or null
 * @param token    bearer token sent with every request, or null
 */
public record StoreCredentials(String user, String password, String token) {
    /** Environment variable holding the user name. */
    public static final String ENV_USER = "CLAIMGRAPH_STORE_USER";
    /** Environment variable holding the password. */
    public static final String ENV_PASSWORD = "CLAIMGRAPH_STORE_PASSWORD";
    /** Environment variable holding a bearer token (sent preemptively, never with a password). */
    public static final String ENV_TOKEN = "CLAIMGRAPH_STORE_TOKEN";

    /** No credentials: requests go out anonymously. */
    public static StoreCredentials none() {
        return new StoreCredentials(null, null, null);
    }

    /** A user and password, answered to Basic or Digest challenges. */
    public static StoreCredentials password(String user, String password) {
        return new StoreCredentials(user, password == null ? "" : password, null);
    }

    /** Credentials from {@value #ENV_TOKEN}, else {@value #ENV_USER}/{@value #ENV_PASSWORD}, else none. */
    public static StoreCredentials fromEnvironment(Map<String, String> env) {
        String token = env.get(ENV_TOKEN);
        if (token != null && !token.isBlank()) return new StoreCredentials(null, null, token.strip());
        String user = env.get(ENV_USER);
        return user == null ? none() : password(user, env.getOrDefault(ENV_PASSWORD, ""));
    }

    public boolean hasPassword() {
        return user != null;
    }

    public boolean hasToken() {
        return token != null;
    }

    @Override
    public String toString() {
        if (hasToken()) return "bearer token (hidden)";
        return hasPassword() ? "user " + user + " (password hidden)" : "anonymous";
    }
}
