/**
 * The claimgraph SPARQL server: Apache Jena Fuseki main configured by {@code fuseki-config/*.ttl},
 * extended by one module ({@link org.claimgraph.server.ClaimgraphModule}) that adds the UI, the
 * audit endpoint, metrics, CORS, request limits and method-aware authentication; plus the
 * runtime that starts it ({@link org.claimgraph.server.ClaimgraphServer}) and the watcher that
 * re-ingests edited notes ({@link org.claimgraph.server.NoteWatcher}).
 */
package org.claimgraph.server;
