/**
 * SHACL validation and the human audit of a claimgraph dataset.
 *
 * <p>Data flows: {@link org.claimgraph.validate.DataGraph} builds one in-memory graph from the
 * note graphs, the ontology and the audit parameters; {@link org.claimgraph.validate.Validation}
 * runs the shapes of {@code shapes/} over it and returns the standard {@code sh:ValidationReport};
 * {@link org.claimgraph.validate.Audit} turns the report into {@link org.claimgraph.validate.Finding}s,
 * adds the {@link org.claimgraph.validate.CoverageCheck} and {@link org.claimgraph.validate.MultiplierCheck}
 * findings, stores everything in the named graph {@code https://w3id.org/claimgraph/id/audit}, and
 * {@link org.claimgraph.validate.ReportWriters} renders it as Markdown, HTML or JSON.
 */
package org.claimgraph.validate;
