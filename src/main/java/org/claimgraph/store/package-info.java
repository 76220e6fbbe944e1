/**
 * Where graphs live, and the one write path for notes.
 *
 * <p>{@link org.claimgraph.store.Stores} opens in-memory and TDB2 datasets whose default graph is
 * the union of the named graphs, with the ontology loaded; the in-memory one is Jena's transactional
 * dataset over {@code LeanQuadTable} indexes (the same maps, fewer operations per quad write; a write
 * transaction's writes applied in batches, before any read that may see them). {@link org.claimgraph.store.RemoteStore}
 * talks to any SPARQL 1.1 store over the standard protocols; every graph it writes goes through
 * {@code GraphWriter}: one Graph Store Protocol PUT when it fits in one request body, else in parts
 * into a staging graph swapped in by one {@code MOVE}.
 *
 * <p><b>Writing notes.</b> Every note write (ingest, watch mode, {@code verify}, git backfill) goes
 * through {@link org.claimgraph.store.NotePipeline}; data moves one way, each class once:
 * {@code NoteFiles} (which files are notes, their relative path) → {@code NoteProducer} (read,
 * SHA-256, extract, map; input order, one note of look-ahead) → a {@code NoteSink}:
 * {@code BulkTdbSink} (first ingest into a TDB2 database without notes; phased bulk loader, crash
 * marker), {@code BatchedTdbSink} (later folder ingests; batches on a background writer, at most
 * two queued), {@code GspSink} (remote store; one Graph Store Protocol PUT per note as it is ready)
 * or {@code OneTransactionSink} (one note, or one commit's notes and removals) →
 * {@code NoteTransaction} (one write transaction: replace graphs, record hashes, build
 * {@link org.claimgraph.store.NoteChange}s) → the {@link org.claimgraph.store.ChangeStep}s, in the
 * same transaction, after the graphs were replaced. {@code docs/architecture.md} draws the route.
 *
 * <pre>{@code
 * NotePipeline p = NotePipeline.builder(dataset).steps(history, audit).build();
 * p.ingest(List.of(folder));                 // IngestReport; unchanged() counts skipped notes
 * p.ingestFile(folder, file);                // watch, verify: one transaction
 * p.with(commitContext).apply(inputs, gone); // one git commit: one transaction
 * p.drop("a/b.md");                          // a deleted note
 * }</pre>
 *
 * <p><b>Steps.</b> A step gets every note the transaction wrote or dropped ({@code before} = an
 * in-memory copy of the old graph read inside the transaction, {@code after} = the new graph, both
 * empty-able) and the call's {@link org.claimgraph.store.WriteContext} (one per pipeline call: all
 * batches of one ingest share it). It may be called several times per call (once per batch
 * transaction) and, after a bulk load, several times in one transaction (chunks of 64 notes,
 * {@code before} empty). A step that throws aborts its transaction: the notes keep their previous
 * graphs and are reported as failures. Against a remote store ({@code --store}) steps are NOT run
 * (GSP has no transaction to run them in; a warning says so); unchanged notes are recognised
 * there too ({@code GspSink} reads and writes the store's ingest graph).
 *
 * <p><b>Unchanged notes.</b> A note whose bytes hash to what the store recorded, under the same
 * extractor fingerprint (the class files of {@code extract} and {@code rdf} and the ontology), is
 * not extracted, not written and produces no {@code NoteChange}; the report counts it in
 * {@code notes} and {@code unchanged}. The hashes live in their own named graph
 * {@code cgid:graph/ingest} ({@code <note graph> cg:contentSha256 "…"; cg:extractorFingerprint "…"}),
 * never in the note graphs, so queries, counts and shapes over notes answer as before.
 *
 * <p><b>TDB2 node file.</b> {@link org.claimgraph.store.Stores#tdb2} puts a {@code BufferedNodeTable}
 * in place of Jena's {@code NodeTableTRDF}: a node not in Jena's cache is decoded from one read of up
 * to 512 bytes ({@code NodeReadBuffer}) instead of a {@code seek} and a {@code read} system call per
 * byte, which matters on cold reads (the first queries after opening, the live audit of a large
 * note); and an {@code xsd:integer} beyond 64 bits is written as its lexical form, where Jena 5.6
 * writes {@code longValue()} and reads another number back after a restart. Same file format.
 * {@link org.claimgraph.store.QuadScan} reads every quad of the named graphs (a full validation's data
 * graph) decoding each stored term once from that file, past the shared node cache.
 */
package org.claimgraph.store;
