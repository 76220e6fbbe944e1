package org.claimgraph.server;

import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.util.iterator.ExtendedIterator;

/**
 * The server's query timeout applied to work that is not a SPARQL query (SHACL validation on
 * {@code /kg/shacl} and {@code /kg/audit}): a graph wrapper that throws
 * {@link QueryCancelledException} from the first graph access after the deadline, which Fuseki
 * answers with 503. Every SHACL constraint and path step reads the data through the graph, so a
 * recursive {@code sh:path} over a large graph stops at the deadline. The running request can also be
 * cancelled through {@code DELETE /$/queries/ID} when it carries a cancel signal.
 */
final class Deadline {
    private final long deadlineNanos;
    private final AtomicBoolean cancel;

    private Deadline(long deadlineNanos, AtomicBoolean cancel) {
        this.deadlineNanos = deadlineNanos;
        this.cancel = cancel;
    }

    /** A deadline {@code timeoutMillis} from now (none when ≤ 0). */
    static Deadline in(long timeoutMillis, AtomicBoolean cancel) {
        return new Deadline(
                timeoutMillis <= 0 ? Long.MAX_VALUE : System.nanoTime() + timeoutMillis * 1_000_000, cancel);
    }

    /** The overall query timeout of {@code context} ({@code arq:queryTimeout}: "N" or "N1,N2" ms), or -1. */
    static long timeoutMillis(Context context) {
        Object v = context == null ? null : context.get(ARQ.queryTimeout);
        if (v == null) v = ARQ.getContext().get(ARQ.queryTimeout);
        if (v instanceof Number n) return n.longValue();
        if (v == null) return -1;
        String[] parts = v.toString().split(",");
        try {
            return Long.parseLong(parts[parts.length - 1].strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    void check() {
        if (System.nanoTime() > deadlineNanos || (cancel != null && cancel.get())) throw new QueryCancelledException();
    }

    /** {@code graph} with every read checking this deadline. */
    Graph wrap(Graph graph) {
        return new GraphWrapper(graph) {
            @Override
            public ExtendedIterator<Triple> find(Triple t) {
                check();
                return super.find(t).filterKeep(x -> {
                    check();
                    return true;
                });
            }

            @Override
            public ExtendedIterator<Triple> find(Node s, Node p, Node o) {
                check();
                return super.find(s, p, o).filterKeep(x -> {
                    check();
                    return true;
                });
            }

            @Override
            public java.util.stream.Stream<Triple> stream(Node s, Node p, Node o) {
                check();
                return super.stream(s, p, o).peek(x -> check());
            }

            @Override
            public boolean contains(Node s, Node p, Node o) {
                check();
                return super.contains(s, p, o);
            }

            @Override
            public boolean contains(Triple t) {
                check();
                return super.contains(t);
            }
        };
    }
}
