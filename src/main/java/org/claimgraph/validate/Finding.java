package org.claimgraph.validate;

/**
 * One audit finding. {@code note} is the note IRI, {@code file} its relative path; {@code line}
 * is 1-based or -1 when unknown; {@code claim}/{@code claimText} are null when the finding is not
 * about a claim. {@code message} says what is wrong, {@code action} what to do.
 */
public record Finding(
        Severity severity,
        String rule,
        String note,
        String file,
        int line,
        String section,
        String claim,
        String claimText,
        String message,
        String action,
        String focus) {

    /** "file:line" (or just the file, or "-" when unknown). */
    public String location() {
        if (file == null) return line > 0 ? "?:" + line : "-";
        return line > 0 ? file + ":" + line : file;
    }
}
