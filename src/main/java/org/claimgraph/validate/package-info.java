/**
 * SHACL validation and the human audit of a claimgraph dataset.
 *
 * <p>Data flows: {@link org.claimgraph.validate.DataGraph} builds one in-memory graph from the
 * note graphs, the ontology, the audit parameters and the derived {@code cga:enclosedBy} (which item
 * lies within which other of its note, {@code Enclosures}); {@link org.claimgraph.validate.Validation}
 * runs the shapes of {@code shapes/} over it and returns the standard {@code sh:ValidationReport};
 * {@link org.claimgraph.validate.Audit} turns the report into {@link org.claimgraph.validate.Finding}s,
 * adds the {@link org.claimgraph.validate.CoverageCheck} and {@link org.claimgraph.validate.MultiplierCheck}
 * findings, stores everything in the named graph {@code https://w3id.org/claimgraph/id/audit}
 * (layout: {@link org.claimgraph.validate.AuditGraph}: content-derived IRIs, the kinds of finding
 * once each, a note's findings of one kind as one resource with its focus nodes), and
 * {@link org.claimgraph.validate.ReportWriters} renders it as Markdown, HTML or JSON (one class per
 * format: {@code MarkdownReport}, {@code HtmlReport}, {@code JsonReport}). The multiplier check reads
 * stated multipliers with {@code Multipliers}, the figures beside them with {@code Figures} and the
 * figures quoted by line references with {@code QuotedFigures} (read once per note).
 *
 * <p>The live audit ({@link org.claimgraph.validate.LiveAudit}, a {@code store.ChangeStep}) keeps
 * that graph current inside the transaction that writes notes. The rule it re-validates by
 * ({@link org.claimgraph.validate.ShapeScopes}, declarations in {@code shapes/scope.ttl}):
 * <ul>
 * <li>A shape is <b>note-scoped</b> when its result for a focus node depends only on that node's
 *     note (plus ontology and audit parameters). Derived for Core shapes whose paths are predicates
 *     or predicate sequences that do not continue past a {@code cga:leavesNote} property (values
 *     shared by notes: tools, versions, test environments) and that read no triples of value
 *     nodes; declared ({@code cga:scope cga:NoteScope}) for SHACL-SPARQL shapes whose queries join
 *     only through the focus node's note.</li>
 * <li>A shape is <b>keyed</b> when it reaches other notes only through resources bound by its
 *     declared {@code cga:crossNoteKey} query (conflicting-figures: the same tool and metric).
 *     The key's {@code ?this} must cover the shape's focus nodes.</li>
 * <li>Everything else is <b>corpus-scoped</b> and re-run in full on every change.</li>
 * <li>The coverage and multiplier checks read only the note's own items (line references
 *     included) and are re-run for the changed notes.</li>
 * </ul>
 * A change of notes N re-validates: N's focus nodes against note-scoped shapes over N's graph;
 * for each keyed shape, the focus nodes of any note that share a key with N before or after the
 * change, over the whole store; corpus-scoped shapes over the whole store. It replaces N's
 * findings ({@code cga:note}) and the keyed findings of the other focus nodes; the result equals a
 * full audit of the same data (the differential test proves it). Context resolution is
 * order-independent so a graph built differently gives the same finding.
 *
 * <p>A full audit from a store ({@code audit}, {@code Audit.run(Dataset, …)}, the live audit's
 * rebuild) runs by the same rule, note by note ({@code NoteParts}): {@link
 * org.claimgraph.validate.DataGraph#parts} splits the data graph by stored graph, each note-scoped
 * focus node that is a subject in one graph only is validated over that graph with the ontology,
 * the parameters and its enclosures, the parts in parallel; everything else over the whole graph.
 * The work grows with the notes, where one whole-graph validation grew 12–14× per 10× notes.
 * {@code Audit.run(Graph, …)} keeps the whole-graph run (plain graphs, and the reference
 * {@code AuditPartsTest} and the differential tests compare against).
 */
package org.claimgraph.validate;
