package org.claimgraph.store;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Where stores deviate from SPARQL 1.1 in ways claimgraph meets (docs/remote-store.md,
 * "Dialects"): which store it is, and the canonical form of what such a store hands back.
 */
final class StoreDialect {
    private StoreDialect() {}

    /**
     * {@code "1"}/{@code "0"}{@code ^^xsd:boolean} as {@code "true"}/{@code "false"}: the same values,
     * but SHACL's {@code sh:in} and {@code sh:hasValue} compare terms, and Virtuoso hands booleans back
     * as 1 and 0 whatever was written. Other literals keep the form the store gives (equal values).
     */
    static Node canonicalBoolean(Node o) {
        if (!o.isLiteral() || !XSDDatatype.XSDboolean.getURI().equals(o.getLiteralDatatypeURI())) return o;
        return switch (o.getLiteralLexicalForm().strip()) {
            case "1" -> NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean);
            case "0" -> NodeFactory.createLiteralDT("false", XSDDatatype.XSDboolean);
            default -> o;
        };
    }

    /**
     * One line on how the store at {@code queryEndpoint} deviates and what claimgraph does about it,
     * when it is a store known to deviate (told by the {@code Server} header of a query response).
     * Costs one {@code ASK {}}.
     */
    static Optional<String> of(HttpClient http, String queryEndpoint) {
        HttpRequest ask = HttpRequest.newBuilder(URI.create(queryEndpoint + "?query=ASK%7B%7D"))
                .timeout(Duration.ofSeconds(30))
                .build();
        String server;
        try {
            server = http.send(ask, HttpResponse.BodyHandlers.discarding())
                    .headers()
                    .firstValue("Server")
                    .orElse("");
        } catch (java.io.IOException e) {
            throw new StoreException("cannot reach the store at " + queryEndpoint + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while asking " + queryEndpoint, e);
        }
        if (!server.contains("Virtuoso")) return Optional.empty();
        return Optional.of(
                server.trim().replaceAll("\\s.*", "") + ": its own system graphs are ignored; literals come back "
                        + "in canonical form (\"6.0\"^^xsd:decimal as \"6\"; booleans as 1/0, read back as true/false); graphs are sent as N-Triples (a Turtle body with @prefix "
                        + "is acknowledged and dropped); see docs/remote-store.md");
    }
}
