package org.claimgraph.extract;

/**
 * Turns the text of one markdown note into a {@link Model.Note}. Never throws on malformed
 * markdown: what it cannot understand goes to {@link Model.Note#unparsed()} with its line.
 */
public final class NoteExtractor {
    private NoteExtractor() {}

    /**
     * @param path the note's path relative to the ingest root, '/' separated (used for IRIs)
     * @param text the whole file, already decoded as UTF-8
     */
    public static Model.Note extract(String path, String text) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
