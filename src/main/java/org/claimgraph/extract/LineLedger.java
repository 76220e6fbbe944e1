package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Which part of the model represents each line. A line that no reader claims and that is not
 * blank ends up in {@link Model.Note#unparsed()}.
 */
final class LineLedger {
    private final SourceText src;
    private final String[] role;
    private final String[] unparsedReason;

    LineLedger(SourceText src) {
        this.src = src;
        this.role = new String[src.size() + 2];
        this.unparsedReason = new String[src.size() + 2];
    }

    /** Marks lines first..last as represented by {@code what}, unless already marked. */
    void mark(int first, int last, String what) {
        for (int i = Math.max(1, first); i <= Math.min(last, src.size()); i++) {
            if (role[i] == null) role[i] = what;
        }
    }

    /** Marks lines as represented, replacing an earlier (weaker) mark. */
    void remark(int first, int last, String what) {
        for (int i = Math.max(1, first); i <= Math.min(last, src.size()); i++) {
            role[i] = what;
            unparsedReason[i] = null;
        }
    }

    /** Reports lines as not understood (a reason wins over a weaker mark). */
    void unparsed(int first, int last, String reason) {
        for (int i = Math.max(1, first); i <= Math.min(last, src.size()); i++) {
            role[i] = null;
            unparsedReason[i] = reason;
        }
    }

    String role(int line) {
        return line >= 1 && line <= src.size() ? role[line] : null;
    }

    /** Represented non-blank lines as spans of equal role (blank lines break spans). */
    List<Model.LineSpan> spans() {
        List<Model.LineSpan> out = new ArrayList<>();
        int start = -1;
        String cur = null;
        for (int i = 1; i <= src.size() + 1; i++) {
            String r = i <= src.size() && !src.isBlank(i) ? role[i] : null;
            if (r != null && r.equals(cur)) continue;
            if (cur != null) out.add(new Model.LineSpan(start, i - 1, cur));
            cur = r;
            start = i;
        }
        return out;
    }

    List<Model.UnparsedLine> unparsedLines() {
        List<Model.UnparsedLine> out = new ArrayList<>();
        for (int i = 1; i <= src.size(); i++) {
            if (src.isBlank(i) || role[i] != null) continue;
            String reason = unparsedReason[i] != null ? unparsedReason[i] : "not understood by any reader";
            out.add(new Model.UnparsedLine(i, reason, Text.clip(src.line(i), 200)));
        }
        return out;
    }
}
