/**
 * Where graphs live. {@link org.claimgraph.store.Stores} opens in-memory and TDB2 datasets whose
 * default graph is the union of the named graphs, with the ontology loaded;
 * {@link org.claimgraph.store.Ingestor} reads note files strictly ({@link org.claimgraph.store.NoteFiles})
 * and replaces each note's named graph in one write transaction.
 */
package org.claimgraph.store;
