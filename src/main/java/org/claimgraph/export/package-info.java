/**
 * Exports of the claim graph for Obsidian and graph tools.
 *
 * <p>Data flows in two steps. {@link org.claimgraph.export.Projector} reads the dataset with the
 * SPARQL queries in {@code src/main/resources/org/claimgraph/export/*.rq} and builds a small,
 * sorted, in-memory {@link org.claimgraph.export.PropertyGraph} of the node kinds the caller
 * {@linkplain org.claimgraph.export.NodeKind includes} (notes, sections, claims, tools, versions,
 * statuses); literals become attributes, never nodes. Then one small writer class per format turns
 * that projection into files: {@link org.claimgraph.export.ObsidianVaultWriter},
 * {@link org.claimgraph.export.CanvasWriter}, {@link org.claimgraph.export.GraphMLWriter},
 * {@link org.claimgraph.export.GexfWriter}, {@link org.claimgraph.export.Neo4jCsvWriter},
 * {@link org.claimgraph.export.CytoscapeWriter}. {@link org.claimgraph.export.JsonLdWriter}
 * writes the RDF itself (not the projection) against {@code ontology/context.jsonld}.
 *
 * <p>{@link org.claimgraph.export.Exporters} is the one entry point for the CLI and the server.
 * Every writer is deterministic: the same graph gives byte-identical output.
 */
package org.claimgraph.export;
