/**
 * The claimgraph SPARQL server: Apache Jena Fuseki main configured by {@code fuseki-config/*.ttl},
 * extended by one module ({@link org.claimgraph.server.ClaimgraphModule}) that adds the UI, the
 * audit endpoint, metrics, CORS, request limits and method-aware authentication; plus the
 * runtime that starts it ({@link org.claimgraph.server.ClaimgraphServer}) and the watcher that
 * re-ingests edited notes ({@link org.claimgraph.server.NoteWatcher}). Every served dataset is a
 * {@link org.claimgraph.server.VersionedDataset} (a data version that every committed write
 * changes); {@link org.claimgraph.server.QueryCacheFilter} gives read requests ETags from it,
 * answers {@code If-None-Match} with 304 and keeps answers in a byte-bounded
 * {@link org.claimgraph.server.ResultCache} keyed by request and data version. With
 * {@code serve --store} a {@link org.claimgraph.server.RemoteFront} filter (after the guards, before
 * the cache) passes queries without {@code cgf:} and all writes to the remote store and answers
 * {@code cgf:} queries from a local copy of the matrix data ({@code docs/remote-store.md}).
 */
package org.claimgraph.server;
