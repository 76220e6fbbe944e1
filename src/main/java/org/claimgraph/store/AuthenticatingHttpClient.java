package org.claimgraph.store;

import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * A JDK {@link HttpClient} that answers a store's authentication challenge itself, so every Jena
 * call through it (SPARQL query, update, Graph Store Protocol) authenticates the way the store asks:
 * HTTP Digest (RFC 7616: SHA-256 preferred over MD5, {@code qop=auth}) or Basic, chosen from the
 * {@code WWW-Authenticate} challenge of a 401, or a bearer token sent with every request. The JDK
 * client on its own speaks only Basic, and Jena's Digest support answers MD5 only.
 *
 * <p>After the first challenge from an endpoint (scheme, host, port and path), later requests to it
 * carry the answer up front (Digest: the same nonce with {@code nc} counted up), so a large
 * {@code PUT} is normally sent once; when the server refuses that because the nonce expired
 * ({@code stale=true}) the request is answered afresh and sent once more; any other refusal is final. A request still refused comes back as the
 * server's 401, which Jena reports as an {@code HttpException}; the caller turns it into a message
 * without credentials ({@link StoreCredentials#toString()}). A store that closes the connection of an
 * authorised request with a body instead of answering it is asked again with a body-less {@code HEAD}:
 * if that is refused, the failure is a {@link RefusedConnection} carrying the status.
 */
final class AuthenticatingHttpClient extends HttpClient {
    private static final String AUTHORIZATION = "Authorization";

    private final HttpClient delegate;
    private final StoreCredentials credentials;
    /** The current answer per endpoint (scheme://authority/path): a header value computer. */
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();

    AuthenticatingHttpClient(HttpClient delegate, StoreCredentials credentials) {
        this.delegate = delegate;
        this.credentials = credentials;
    }

    /** How a request to one endpoint is authorised. */
    @FunctionalInterface
    private interface Answer {
        String header(String method, String requestTarget);
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        learnChallenge(request);
        HttpRequest sent = authorised(request);
        HttpResponse<T> response = sendOrProbe(request, sent, handler);
        if (response.statusCode() != 401 || !credentials.hasPassword()) return response;
        // answer again only what was not answered yet, or a nonce the server calls stale: never loop on a wrong
        // password
        boolean answered = sent.headers().firstValue(AUTHORIZATION).isPresent();
        if (answered && !staleNonce(response)) return response;
        Answer fresh = answerFor(response);
        if (fresh == null) return response;
        discard(response);
        answers.put(endpoint(request.uri()), fresh);
        return delegate.send(authorised(request), handler);
    }

    /**
     * Sends the request; when the store closes the connection of an authorised request with a body,
     * asks the same endpoint with a body-less {@code HEAD} and the same credentials whether it refuses
     * them, so that a refusal is reported as one ({@link RefusedConnection}) and not as a broken
     * connection. Any other broken connection is rethrown as it was.
     */
    private <T> HttpResponse<T> sendOrProbe(HttpRequest request, HttpRequest sent, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        try {
            return delegate.send(sent, handler);
        } catch (IOException closed) {
            boolean withBody =
                    sent.bodyPublisher().map(b -> b.contentLength() != 0).orElse(false);
            if (!withBody || sent.headers().firstValue(AUTHORIZATION).isEmpty()) throw closed;
            HttpResponse<Void> probe = probe(sent, closed);
            if (probe.statusCode() != 401 && probe.statusCode() != 403) throw closed;
            Answer fresh = staleNonce(probe) ? answerFor(probe) : null;
            if (fresh == null) throw new RefusedConnection(probe.statusCode(), closed);
            // the nonce had expired: answer afresh and send once more, as for a stale 401
            answers.put(endpoint(request.uri()), fresh);
            return delegate.send(authorised(request), handler);
        }
    }

    private HttpResponse<Void> probe(HttpRequest sent, IOException closed) throws IOException, InterruptedException {
        HttpRequest head = authorised(HttpRequest.newBuilder(sent.uri())
                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                .timeout(sent.timeout().orElse(Duration.ofSeconds(60)))
                .build());
        try {
            return delegate.send(head, HttpResponse.BodyHandlers.discarding());
        } catch (IOException probeFailed) {
            closed.addSuppressed(probeFailed);
            throw closed;
        }
    }

    /**
     * Before the first request with a body to an endpoint, asks for its challenge with a body-less
     * {@code HEAD}: a store that refuses an unauthenticated {@code PUT} may close the connection
     * before the body is sent (Virtuoso answers 401 with {@code Connection: close}), and the JDK
     * client then reports a broken connection instead of the 401.
     */
    private void learnChallenge(HttpRequest request) throws IOException, InterruptedException {
        if (!credentials.hasPassword() || answers.containsKey(endpoint(request.uri()))) return;
        if (request.bodyPublisher().map(b -> b.contentLength() == 0).orElse(true)) return;
        HttpRequest head = HttpRequest.newBuilder(request.uri())
                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                .timeout(request.timeout().orElse(Duration.ofSeconds(60)))
                .build();
        HttpResponse<Void> probe = delegate.send(head, HttpResponse.BodyHandlers.discarding());
        if (probe.statusCode() != 401) return;
        Answer a = answerFor(probe);
        if (a != null) answers.put(endpoint(request.uri()), a);
    }

    /** The request with the header the endpoint's current answer gives, if any. */
    private HttpRequest authorised(HttpRequest request) {
        String value;
        if (credentials.hasToken()) {
            value = "Bearer " + credentials.token();
        } else {
            Answer a = answers.get(endpoint(request.uri()));
            if (a == null) return request;
            value = a.header(request.method(), requestTarget(request.uri()));
        }
        return HttpRequest.newBuilder(request, (name, v) -> !name.equalsIgnoreCase(AUTHORIZATION))
                .header(AUTHORIZATION, value)
                .build();
    }

    /** Digest (strongest algorithm first) if offered, else Basic, else null (nothing we can answer). */
    private Answer answerFor(HttpResponse<?> response) {
        List<AuthChallenge> challenges = AuthChallenge.parse(response.headers().allValues("WWW-Authenticate"));
        Optional<AuthChallenge> digest = challenges.stream()
                .filter(c -> c.scheme().equals("digest") && DigestAuth.strength(c) > 0 && c.param("nonce") != null)
                .max(Comparator.comparingInt(DigestAuth::strength));
        if (digest.isPresent()) {
            try {
                DigestAuth d = new DigestAuth(digest.get(), credentials.user(), credentials.password());
                return d::authorization;
            } catch (IllegalArgumentException unsupported) {
                // fall through to Basic, if offered
            }
        }
        if (challenges.stream().anyMatch(c -> c.scheme().equals("basic"))) {
            String basic = "Basic "
                    + Base64.getEncoder()
                            .encodeToString((credentials.user() + ":" + credentials.password())
                                    .getBytes(StandardCharsets.UTF_8));
            return (method, target) -> basic;
        }
        return null;
    }

    private static boolean staleNonce(HttpResponse<?> response) {
        return AuthChallenge.parse(response.headers().allValues("WWW-Authenticate")).stream()
                .anyMatch(c -> c.scheme().equals("digest") && "true".equalsIgnoreCase(c.param("stale")));
    }

    /** Releases a refused response's connection when its body is a stream. */
    private static void discard(HttpResponse<?> response) throws IOException {
        if (response.body() instanceof AutoCloseable c) {
            try {
                c.close();
            } catch (IOException e) {
                throw e;
            } catch (Exception ignored) {
                // nothing to release
            }
        }
    }

    static String endpoint(URI uri) {
        return uri.getScheme() + "://" + uri.getRawAuthority() + (uri.getRawPath() == null ? "" : uri.getRawPath());
    }

    /** The request-target of RFC 9112 §3.2.1 (origin-form), as Digest's {@code uri} field wants it. */
    static String requestTarget(URI uri) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        Executor executor = delegate.executor().orElse(null);
        java.util.function.Supplier<HttpResponse<T>> call = () -> {
            try {
                return send(request, handler);
            } catch (IOException e) {
                throw new CompletionException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CompletionException(e);
            }
        };
        return executor == null ? CompletableFuture.supplyAsync(call) : CompletableFuture.supplyAsync(call, executor);
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(
            HttpRequest request,
            HttpResponse.BodyHandler<T> handler,
            HttpResponse.PushPromiseHandler<T> pushPromiseHandler) {
        return sendAsync(request, handler); // stores do not push
    }

    @Override
    public Optional<CookieHandler> cookieHandler() {
        return delegate.cookieHandler();
    }

    @Override
    public Optional<Duration> connectTimeout() {
        return delegate.connectTimeout();
    }

    @Override
    public Redirect followRedirects() {
        return delegate.followRedirects();
    }

    @Override
    public Optional<ProxySelector> proxy() {
        return delegate.proxy();
    }

    @Override
    public SSLContext sslContext() {
        return delegate.sslContext();
    }

    @Override
    public SSLParameters sslParameters() {
        return delegate.sslParameters();
    }

    @Override
    public Optional<Authenticator> authenticator() {
        return Optional.empty();
    }

    @Override
    public Version version() {
        return delegate.version();
    }

    @Override
    public Optional<Executor> executor() {
        return delegate.executor();
    }
}
