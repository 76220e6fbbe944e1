/**
 * Writes a reviewer's verification back into the markdown note, with the smallest diff that says
 * it. Pure Java, no Jena: it sits beside {@code extract} and reads a note only through
 * {@link org.claimgraph.extract.NoteExtractor}'s {@link org.claimgraph.extract.Model} (block and
 * assessment lines, status lines and phrases, block form), never with a parser of its own.
 *
 * <p>Data flow: note text + line + {@link org.claimgraph.writeback.Verification} →
 * {@link org.claimgraph.writeback.TargetResolver} (the block and assessment that line names, or
 * the claim that has none) → {@link org.claimgraph.writeback.BlockEditor} or
 * {@link org.claimgraph.writeback.NewBlock} (line edits in the block's own style) →
 * {@link org.claimgraph.writeback.WriteBack} (re-extracts the edited text and refuses an edit
 * that would not read back as intended or that touches another block) →
 * {@link org.claimgraph.writeback.Outcome} (the new text and its unified diff, or why not).
 * {@link org.claimgraph.writeback.NoteFile} reads and writes the file: strict UTF-8, sha-256,
 * atomic replace (temporary file + rename, permissions kept), one writer per file per JVM.
 *
 * <p>Contract: only lines inside the target block change (status, method, environment and date
 * lines, plus inserted field lines); a request that matches what the block already says changes
 * zero bytes; line endings (LF/CRLF), indentation, quote prefixes, list markers, bold keys and
 * full- or half-width colons are kept. Re-ingesting is the caller's job ({@code cli},
 * {@code server}).
 */
package org.claimgraph.writeback;
