package org.claimgraph.writeback;

import java.util.List;
import java.util.Objects;
import org.claimgraph.extract.Model;

/** Checks that an edited note, extracted again, says what was asked and nothing else changed. */
final class ReadBack {
    private ReadBack() {}

    /** Null when the edit of an existing block reads back as asked, else what is wrong. */
    static String existing(Model.Note before, Model.Note after, Target.Existing t, Verification v, int blockLast) {
        if (after.blocks().size() != before.blocks().size()) return "the number of provenance blocks changed";
        if (after.claims().size() != before.claims().size()) return "the number of claims changed";
        Model.ProvenanceBlock b = after.blocks().get(t.block().index());
        if (b.firstLine() != t.block().firstLine() || b.lastLine() != blockLast) return "the block's lines moved";
        if (b.assessments().size() != t.block().assessments().size()) return "the block's assessments changed";
        Model.Assessment a = b.assessments().get(t.assessment().index());
        if (!Objects.equals(a.subject(), t.assessment().subject())) return "the assessment's subject changed";
        if (a.statuses().isEmpty() || a.statuses().get(0).status() != v.status()) return "the status did not read back";
        if (v.methodUrl() != null
                && a.checks().methodUrls().stream().noneMatch(u -> u.url().equals(v.methodUrl()))
                && b.fields().stream()
                        .noneMatch(f -> BlockEditor.METHOD_KEYS.contains(f.key())
                                && f.value().contains(v.methodUrl()))) {
            return "the method URL did not read back";
        }
        if (v.environment() != null
                && !BlockEditor.plain(a.context().testEnvironment()).equals(BlockEditor.plain(v.environment()))) {
            return "the environment did not read back";
        }
        if (v.date() != null
                && !v.date().equals(a.context().updated() != null ? a.context().updated() : b.updated()))
            return "the date did not read back";
        int shift = blockLast - t.block().lastLine();
        for (int i = 0; i < before.blocks().size(); i++) {
            if (i == t.block().index()) continue;
            String w = sameBlock(
                    before.blocks().get(i), after.blocks().get(i), i > t.block().index() ? shift : 0);
            if (w != null) return w;
        }
        return null;
    }

    /** Null when the new block reads back as annotating the claim with the asked status. */
    static String added(Model.Note before, Model.Note after, Target.Missing t, Verification v, int first) {
        if (after.blocks().size() != before.blocks().size() + 1)
            return "the new block was not read as one provenance block";
        Model.ProvenanceBlock nb = null;
        for (Model.ProvenanceBlock b : after.blocks()) if (b.firstLine() == first) nb = b;
        if (nb == null) return "the new block was not found at line " + first;
        List<Model.Assessment> rated = TargetResolver.rated(nb);
        if (rated.size() != 1 || rated.get(0).statuses().get(0).status() != v.status())
            return "the new block's status did not read back";
        for (Model.Claim c : after.claims()) {
            if (c.firstLine() != t.claim().firstLine()
                    || !c.text().equals(t.claim().text())) continue;
            for (Model.AssessmentRef r : c.assessments()) if (r.blockIndex() == nb.index()) return null;
        }
        return "the new block is not attached to the claim at line " + t.claim().firstLine();
    }

    private static String sameBlock(Model.ProvenanceBlock x, Model.ProvenanceBlock y, int shift) {
        if (x.firstLine() + shift != y.firstLine()
                || x.assessments().size() != y.assessments().size()) {
            return "the block at line " + x.firstLine() + " changed";
        }
        for (int k = 0; k < x.assessments().size(); k++) {
            List<Model.StatusAssertion> s = x.assessments().get(k).statuses();
            List<Model.StatusAssertion> u = y.assessments().get(k).statuses();
            if (s.size() != u.size()) return "the block at line " + x.firstLine() + " changed";
            for (int j = 0; j < s.size(); j++) {
                if (s.get(j).status() != u.get(j).status()
                        || !s.get(j).phrase().equals(u.get(j).phrase())) {
                    return "the block at line " + x.firstLine() + " changed";
                }
            }
        }
        return null;
    }
}
