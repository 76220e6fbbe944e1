/**
 * Markdown note → plain Java {@link org.claimgraph.extract.Model.Note}. No Jena here: the
 * extractor is tested on its own. Entry point: {@link org.claimgraph.extract.NoteExtractor}.
 *
 * <p>One job per class: {@code MarkdownStructure} (CommonMark + GFM tables with source spans),
 * {@code FrontmatterReader}, {@code BlockFinder} (where the 来源标注 blocks are, in five forms),
 * {@code ProvenanceParser} (fields, assessments and statuses of one block), {@code StatusParser},
 * {@code ToolCatalog}, {@code VersionParser}, {@code MeasurementParser}, {@code TableReader}
 * (performance, technology × scenario and maturity tables), {@code MermaidReader},
 * {@code TimelineReader}, {@code TupleBlockReader}, {@code LineReferenceResolver},
 * {@code WikilinkReader}, {@code CoverageReader}, {@code UrlScanner}, {@code ClaimClassifier};
 * {@code LineLedger} keeps the line accounting ({@link org.claimgraph.extract.Model.Note#represented()}
 * and {@link org.claimgraph.extract.Model.Note#unparsed()}).
 */
package org.claimgraph.extract;
