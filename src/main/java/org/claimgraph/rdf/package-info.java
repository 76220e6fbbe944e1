/**
 * Extracted note → RDF. {@link org.claimgraph.rdf.NoteMapper} maps one
 * {@link org.claimgraph.extract.Model.Note} to the graph of that note (Graph/Node level, no
 * Model in the hot path), one package-private mapper per part of the note (outline, provenance,
 * claims, structures, maturity) writing through one {@code NoteGraph} that mints the item IRIs;
 * {@link org.claimgraph.rdf.Iris} mints stable IRIs from content;
 * {@link org.claimgraph.rdf.CG} holds the constants of the {@code cg:} ontology;
 * {@link org.claimgraph.rdf.Concepts} maps statuses and source-type phrases to SKOS concepts.
 */
package org.claimgraph.rdf;
