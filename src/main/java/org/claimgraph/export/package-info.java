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
 *
 * <p>Formats are written with libraries, never by hand: XML with StAX ({@code XMLStreamWriter},
 * {@link org.claimgraph.export.XmlOut}; GraphML through jgrapht-io), CSV with commons-csv, JSON
 * (here and in the audit report of {@code validate}) with gson's streaming {@code JsonWriter} and
 * {@code JsonParser}. Why gson: it ships in the jar already (with jena-arq); its writer prints
 * maps in the order given, indents with two spaces and escapes like the formats expect, so the
 * output stayed byte-identical; its {@code FormattingStyle} writes an object on one line inside
 * an indented document (the audit report's layout). jakarta.json (with Titanium) pretty-prints
 * with a fixed 4-space indentation and Jena's atlas JSON writer with its own spacing, so either
 * would have changed every JSON file we write. Numbers: exports refuse NaN and infinity (a
 * projection never has one); the audit report writes a missing or NaN figure as {@code null}.
 */
package org.claimgraph.export;
