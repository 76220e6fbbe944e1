package org.claimgraph.writeback;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.claimgraph.extract.Model;

/**
 * Resolves a line of a note to what it names. A line inside a provenance block names that block
 * (the assessment whose lines hold it, or the block's only assessment with a status); a line of a
 * claim names the block annotating it, or, when none does, a place to put a new block.
 */
final class TargetResolver {
    private TargetResolver() {}

    /** A {@link Target}, or a {@link Outcome.Rejected} saying why there is none. */
    record Resolved(Target target, Outcome.Rejected rejected) {}

    static Resolved resolve(Model.Note note, int line) {
        if (line < 1 || line > note.lineCount()) {
            return reject(
                    note,
                    line,
                    Outcome.Reason.NO_CLAIM,
                    "line " + line + " is outside the note (" + note.lineCount() + " lines)");
        }
        for (Model.ProvenanceBlock b : note.blocks()) {
            if (b.firstLine() <= line && line <= b.lastLine()) return inBlock(note, b, line);
        }
        Model.Claim claim = claimAt(note, line);
        if (claim == null)
            return reject(
                    note, line, Outcome.Reason.NO_CLAIM, "line " + line + " holds no claim and no provenance block");
        if (claim.assessments().isEmpty())
            return new Resolved(new Target.Missing(claim, insertionLine(note, claim)), null);
        List<Target.Existing> cited = new ArrayList<>();
        for (Model.AssessmentRef r : claim.assessments()) {
            Model.ProvenanceBlock b = note.blocks().get(r.blockIndex());
            Model.Assessment a = b.assessments().get(r.assessmentIndex());
            if (!a.statuses().isEmpty()) cited.add(new Target.Existing(b, a));
        }
        if (cited.size() == 1) return new Resolved(cited.get(0), null);
        if (cited.isEmpty()) {
            Model.ProvenanceBlock b =
                    note.blocks().get(claim.assessments().get(0).blockIndex());
            return inBlock(note, b, b.firstLine());
        }
        List<String> items = new ArrayList<>();
        for (Target.Existing e : cited)
            items.add("L" + e.assessment().statuses().get(0).line() + ": "
                    + clip(e.assessment().subject()));
        return new Resolved(
                null,
                new Outcome.Rejected(
                        Outcome.Reason.AMBIGUOUS,
                        "the claim at line " + claim.firstLine() + " is annotated by " + cited.size()
                                + " assessments; name the line of one of them",
                        items));
    }

    private static Resolved inBlock(Model.Note note, Model.ProvenanceBlock b, int line) {
        List<Model.Assessment> rated = rated(b);
        Model.Assessment best = null;
        for (Model.Assessment a : rated) {
            if (a.firstLine() <= line
                    && line <= a.lastLine()
                    && (best == null || a.lastLine() - a.firstLine() < best.lastLine() - best.firstLine())) best = a;
        }
        if (best == null && rated.size() == 1) best = rated.get(0);
        if (best != null) return new Resolved(new Target.Existing(b, best), null);
        if (rated.isEmpty()) {
            return reject(
                    note,
                    line,
                    Outcome.Reason.UNSAFE,
                    "the provenance block at lines " + b.firstLine() + "–" + b.lastLine()
                            + " has no 验证性/验证状态 line to rewrite; add one by hand");
        }
        List<String> items = new ArrayList<>();
        for (Model.Assessment a : rated) items.add("L" + a.statuses().get(0).line() + ": " + clip(a.subject()));
        return new Resolved(
                null,
                new Outcome.Rejected(
                        Outcome.Reason.AMBIGUOUS,
                        "the provenance block at lines " + b.firstLine() + "–" + b.lastLine() + " holds " + rated.size()
                                + " assessments; name the line of one of them",
                        items));
    }

    static List<Model.Assessment> rated(Model.ProvenanceBlock b) {
        return b.assessments().stream().filter(a -> !a.statuses().isEmpty()).toList();
    }

    /** The claim starting on {@code line}, else the narrowest claim spanning it, else null. */
    private static Model.Claim claimAt(Model.Note note, int line) {
        Model.Claim best = null;
        for (Model.Claim c : note.claims()) {
            if (c.firstLine() > line || line > c.lastLine()) continue;
            if (best == null
                    || c.firstLine() == line && best.firstLine() != line
                    || (c.firstLine() == line) == (best.firstLine() == line)
                            && c.lastLine() - c.firstLine() < best.lastLine() - best.firstLine()) {
                best = c;
            }
        }
        return best;
    }

    /** After the claim, or after the table or list item it sits in. */
    private static int insertionLine(Model.Note note, Model.Claim claim) {
        int after = claim.lastLine();
        for (Model.Table t : note.tables()) if (t.firstLine() <= after && after <= t.lastLine()) after = t.lastLine();
        return after;
    }

    private static Resolved reject(Model.Note note, int line, Outcome.Reason reason, String message) {
        return new Resolved(null, new Outcome.Rejected(reason, message, nearest(note, line)));
    }

    /** Up to five claims nearest to {@code line}, in line order. */
    static List<String> nearest(Model.Note note, int line) {
        List<Model.Claim> cs = new ArrayList<>(note.claims());
        cs.sort(Comparator.comparingInt((Model.Claim c) -> Math.abs(c.firstLine() - line))
                .thenComparingInt(Model.Claim::firstLine));
        List<Model.Claim> top = new ArrayList<>(cs.subList(0, Math.min(5, cs.size())));
        top.sort(Comparator.comparingInt(Model.Claim::firstLine));
        List<String> out = new ArrayList<>();
        for (Model.Claim c : top) out.add("L" + c.firstLine() + ": " + clip(c.text()));
        return out;
    }

    static String clip(String s) {
        String t = s == null ? "" : s.replaceAll("\\s+", " ").strip();
        return t.length() <= 80 ? t : t.substring(0, 80) + "…";
    }
}
