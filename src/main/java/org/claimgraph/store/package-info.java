/**
 * Where graphs live. {@link org.claimgraph.store.Stores} opens in-memory and TDB2 datasets whose
 * default graph is the union of the named graphs, with the ontology loaded;
 * {@link org.claimgraph.store.Ingestor} reads note files strictly ({@link org.claimgraph.store.NoteFiles})
 * and replaces each note's named graph: through TDB2's bulk loader when the
 * database holds no note yet ({@code TdbBulkLoad}), otherwise in batched write transactions on a
 * background writer; {@link org.claimgraph.store.RemoteStore} does the same against any SPARQL 1.1
 * store over the Graph Store Protocol.
 */
package org.claimgraph.store;
