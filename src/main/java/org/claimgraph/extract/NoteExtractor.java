package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.List;

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
        try {
            return run(path, text == null ? "" : text);
        } catch (RuntimeException | StackOverflowError e) {
            return fallback(path, text == null ? "" : text, e);
        }
    }

    /** When a reader fails unexpectedly: every non-blank line is reported, nothing is lost. */
    private static Model.Note fallback(String path, String text, Throwable e) {
        SourceText src = new SourceText(text);
        List<Model.UnparsedLine> un = new ArrayList<>();
        String reason = "extractor error: " + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + Text.clip(e.getMessage(), 120));
        for (int i = 1; i <= src.size(); i++) {
            if (!src.isBlank(i)) un.add(new Model.UnparsedLine(i, reason, Text.clip(src.line(i), 200)));
        }
        return new Model.Note(
                new Model.Header(path, src.size(), fileName(path), null, List.of()),
                new Model.Outline(List.of(), List.of(), List.of()),
                new Model.Provenance(List.of(), List.of(), null),
                Model.Structures.NONE,
                Model.Links.NONE,
                new Model.LineAccount(un, List.of()));
    }

    static String fileName(String path) {
        if (path == null || path.isEmpty()) return "";
        String n = path.substring(path.lastIndexOf('/') + 1);
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    /**
     * One run over one note, in the order the readers depend on each other (each later step reads
     * the immutable results of the earlier ones; the ledger collects the line accounting).
     */
    private static Model.Note run(String path, String text) {
        SourceText src = new SourceText(text);
        LineLedger ledger = new LineLedger(src);
        NoteOutline outline = NoteOutline.read(path, src, ledger);
        BlockLocator located = BlockLocator.find(src, outline.units());
        UnitReader.Result units = UnitReader.read(outline, ledger, located.lines());
        BlockAttacher attached = BlockAttacher.attach(outline, ledger, located, units);
        LineScanner scanned = LineScanner.scan(outline, located.lines(), attached.blocks());
        return new Model.Note(
                new Model.Header(path, src.size(), outline.title(), units.documentDate(), outline.frontmatter()),
                new Model.Outline(
                        outline.sections(),
                        units.tables().tables(),
                        units.diagrams().codeBlocks()),
                new Model.Provenance(claims(outline, attached.claims()), attached.blocks(), units.coverage()),
                new Model.Structures(
                        units.diagrams().edges(),
                        units.diagrams().mindmap(),
                        units.diagrams().tuples(),
                        units.timeline(),
                        units.tables().maturity(),
                        units.tables().matrix()),
                new Model.Links(scanned.urls(), scanned.refs(), scanned.wikilinks()),
                new Model.LineAccount(ledger.unparsedLines(), ledger.spans()));
    }

    /** Claims in line order (a subject claim after the prose on its line), numbered, with their section. */
    private static List<Model.Claim> claims(NoteOutline outline, List<ClaimDraft> drafts) {
        List<ClaimDraft> sorted = new ArrayList<>(drafts);
        sorted.sort((a, b) -> {
            int byLine = Integer.compare(a.lines().first(), b.lines().first());
            return byLine != 0 ? byLine : Boolean.compare(a.subject(), b.subject()); // no boxed Boolean per compare
        });
        List<Model.Claim> out = new ArrayList<>();
        for (ClaimDraft c : sorted)
            out.add(c.toClaim(out.size(), outline.sectionAt(c.lines().first())));
        return List.copyOf(out);
    }
}
