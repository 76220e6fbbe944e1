/**
 * Markdown note → plain Java {@link org.claimgraph.extract.Model.Note}. No Jena here: the
 * extractor is tested on its own. Entry point: {@link org.claimgraph.extract.NoteExtractor}.
 */
package org.claimgraph.extract;
