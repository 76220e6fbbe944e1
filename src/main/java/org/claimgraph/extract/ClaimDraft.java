package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * A claim before its index and section are known. Immutable: the assessments it points at are
 * added by {@link BlockAttacher}, which makes a new draft ({@link #withRefs}).
 *
 * @param row the table row the claim was read from, or null for prose, coverage and subject claims
 * @param subject true for the claim an assessment's subject makes ({@link BlockAttacher})
 */
record ClaimDraft(
        ClaimKind kind,
        String text,
        LineRange lines,
        Mentions mentions,
        TableCells row,
        boolean subject,
        List<Model.AssessmentRef> refs) {

    /** What the claim's text names: canonical tools, versions and measured figures. */
    record Mentions(List<String> tools, List<Model.VersionMention> versions, List<Model.Measurement> measurements) {
        static final Mentions NONE = new Mentions(List.of(), List.of(), List.of());

        Mentions {
            tools = List.copyOf(tools);
            versions = List.copyOf(versions);
            measurements = List.copyOf(measurements);
        }
    }

    /** The row of table {@code table} (index into the note's tables) with its plain-text cells. */
    record TableCells(int table, List<String> cells) {}

    ClaimDraft {
        refs = List.copyOf(refs);
    }

    static ClaimDraft of(ClaimKind kind, String text, LineRange lines, Mentions mentions) {
        return new ClaimDraft(kind, text, lines, mentions, null, false, List.of());
    }

    ClaimDraft withRefs(List<Model.AssessmentRef> more) {
        if (more.isEmpty()) return this;
        List<Model.AssessmentRef> all = new ArrayList<>(refs);
        all.addAll(more);
        return new ClaimDraft(kind, text, lines, mentions, row, subject, all);
    }

    Model.Claim toClaim(int index, int sectionIndex) {
        return new Model.Claim(
                index,
                kind,
                text,
                lines.first(),
                lines.last(),
                sectionIndex,
                mentions.tools(),
                mentions.versions(),
                mentions.measurements(),
                refs);
    }
}
