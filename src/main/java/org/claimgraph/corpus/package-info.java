/**
 * Synthetic notes for tests and benchmarks at corpus scale. {@link org.claimgraph.corpus.CorpusGenerator}
 * writes notes in the same annotation conventions as real ones (provenance blocks in every form
 * and status, performance and maturity tables, mermaid, line references) together with
 * {@code expected-counts.json}, the counts of what it wrote, so extraction can be checked at any
 * size. Pure Java, no Jena: deterministic per seed, no clock.
 */
package org.claimgraph.corpus;
