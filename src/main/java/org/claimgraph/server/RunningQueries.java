package org.claimgraph.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.util.Context;

/**
 * The SPARQL queries a server is running, for {@code GET /$/queries} and {@code DELETE /$/queries/ID}
 * ({@link QueriesServlet}). As a filter, it records each request while it is handled; when the
 * request starts a query, {@link QueryBounds} attaches the query's text and cancel signal
 * ({@link #attach}, same thread). Cancelling sets that signal: Jena's iterators and
 * {@link CancellableRegex} stop, and Fuseki answers 503.
 */
final class RunningQueries implements Filter {
    /** One request in progress; {@code cancel} is set once it runs a query. */
    record Entry(
            long id,
            Instant started,
            String remote,
            String path,
            AtomicReference<String> query,
            AtomicReference<AtomicBoolean> cancel) {
        /** Whether this request was cancelled on purpose. */
        boolean cancelled() {
            AtomicBoolean c = cancel.get();
            return c != null && c.get();
        }
    }

    private static final ThreadLocal<Entry> CURRENT = new ThreadLocal<>();
    private static final AtomicLong IDS = new AtomicLong();
    private final Map<Long, Entry> running = new ConcurrentHashMap<>();

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        Entry e = new Entry(
                IDS.incrementAndGet(),
                Instant.now(),
                request.getRemoteAddr(),
                request.getRequestURI(),
                new AtomicReference<>(),
                new AtomicReference<>());
        Entry outer = CURRENT.get();
        running.put(e.id(), e);
        CURRENT.set(e);
        try {
            chain.doFilter(req, res);
        } finally {
            running.remove(e.id());
            CURRENT.set(outer);
        }
    }

    /** Called by the query engine (same thread): the current request runs the query of {@code context}. */
    static void attach(Context context) {
        Entry e = CURRENT.get();
        AtomicBoolean signal = Context.getCancelSignal(context);
        if (e == null || signal == null) return;
        e.cancel().set(signal);
        Object q = context.get(ARQConstants.sysCurrentQuery);
        if (q instanceof Query query) e.query().set(query.toString());
    }

    /** Requests that run a query now, oldest first. */
    List<Entry> list() {
        return running.values().stream()
                .filter(e -> e.cancel().get() != null)
                .sorted(Comparator.comparing(Entry::started))
                .toList();
    }

    /**
     * Cancels query {@code id}; false when no such query runs. A query already cancelled (by an
     * earlier request or its timeout) counts as not running, even while its thread is still
     * unwinding and its entry not yet removed: a second cancel answers 404, not a second 204.
     */
    boolean cancel(long id) {
        Entry e = running.get(id);
        if (e == null || e.cancel().get() == null) return false;
        return e.cancel().get().compareAndSet(false, true);
    }
}
