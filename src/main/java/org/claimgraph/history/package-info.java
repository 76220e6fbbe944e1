/**
 * The life of every claim: what changed, when, by whom.
 *
 * <p>Data flows one way: a write produces {@link org.claimgraph.store.NoteChange}s (a note's graph
 * before and after) → {@link org.claimgraph.history.ClaimDiff} turns each into
 * {@link org.claimgraph.history.ClaimEvent}s (appeared, status changed, evidence changed, revised,
 * removed; a pure function of the two graphs) → {@link org.claimgraph.history.HistoryRecorder},
 * a {@link org.claimgraph.store.ChangeStep} running inside the write transaction, appends the run
 * ({@code prov:Activity}), the note versions and the events to the named graph
 * {@code https://w3id.org/claimgraph/id/graph/history} ({@code ontology/history.ttl}). Nothing
 * there is ever rewritten: every IRI is a hash of content, so recording the same write twice
 * adds nothing.
 *
 * <p>Readers: {@link org.claimgraph.history.HistoryQuery} lists events for the {@code history}
 * command; {@link org.claimgraph.history.PastState} rebuilds the note graphs as they were at an
 * earlier time (from the note versions' added/removed triples) for {@code audit --since};
 * {@link org.claimgraph.history.GitImport} replays a git repository's commits through the same
 * step. The package sits after {@code store} and before {@code validate}/{@code sparql}/{@code cli}:
 * it imports {@code rdf}, {@code extract} and {@code store} only.
 */
package org.claimgraph.history;
