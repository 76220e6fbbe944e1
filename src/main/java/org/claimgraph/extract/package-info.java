/**
 * Markdown note → plain Java {@link org.claimgraph.extract.Model.Note}. No Jena here: the
 * extractor is tested on its own. Entry point: {@link org.claimgraph.extract.NoteExtractor}.
 *
 * <p>The run over one note ({@code NoteExtractor}), each step reading the immutable results of the
 * earlier ones: {@code NoteOutline} (frontmatter, markdown units, title, sections) →
 * {@code BlockLocator} (where the 来源标注 blocks are) → {@code UnitReader} (claims, tables, code,
 * note header outside the blocks) → {@code BlockAttacher} (each block read, attached to what it
 * annotates, a claim per assessment subject) → {@code LineScanner} (URLs, wikilinks, "第 N 行"
 * references). Claims travel as {@code ClaimDraft} records until they are numbered.
 *
 * <p>One job per class below them: {@code MarkdownStructure} (CommonMark + GFM tables with source
 * spans, a long note in pieces cut before headings), {@code FrontmatterReader}, {@code BlockFinder} (the five forms of a block),
 * {@code ProvenanceParser} (fields, assessments and statuses of one block, with
 * {@code AssessmentDraft}, {@code BlockFields} and the keys in {@code AnnotationKeys}),
 * {@code StatusParser}, {@code ToolCatalog}, {@code VersionParser}, {@code MeasurementParser},
 * {@code TableReader} (performance, technology × scenario and maturity tables), {@code MermaidReader},
 * {@code TimelineReader}, {@code TupleBlockReader}, {@code LineReferenceResolver},
 * {@code WikilinkReader}, {@code CoverageReader}, {@code UrlScanner}, {@code ClaimClassifier};
 * {@code LineLedger} keeps the line accounting ({@link org.claimgraph.extract.Model.Note#represented()}
 * and {@link org.claimgraph.extract.Model.Note#unparsed()}).
 */
package org.claimgraph.extract;
