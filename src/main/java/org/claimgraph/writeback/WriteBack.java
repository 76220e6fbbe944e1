package org.claimgraph.writeback;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import org.claimgraph.extract.Model;
import org.claimgraph.extract.NoteExtractor;

/**
 * Entry point: the edit that records a {@link Verification} for the claim or block at a line of a
 * note. The edited text is extracted again and must read back as asked (the target assessment has
 * the new status, URL, environment and date; every other block keeps its statuses; no block or
 * claim appears or disappears) — otherwise the edit is refused and nothing is written.
 */
public final class WriteBack {
    private WriteBack() {}

    /**
     * @param path the note's path as shown in the diff and used for extraction ('/' separated)
     * @param text the note's whole text
     * @param line a claim's line or a line of a provenance block (1-based)
     */
    public static Outcome apply(String path, String text, int line, Verification v) {
        Model.Note before = NoteExtractor.extract(path, text);
        TargetResolver.Resolved r = TargetResolver.resolve(before, line);
        if (r.rejected() != null) return r.rejected();
        NoteLines lines = NoteLines.of(text);
        int first;
        int last;
        if (r.target() instanceof Target.Existing e) {
            BlockEditor.Result res = BlockEditor.edit(lines, e, v);
            if (res.problem() != null) return unsafe(before, line, res.problem());
            first = res.blockFirstLine();
            last = res.blockLastLine();
        } else {
            int[] span = NewBlock.insert(lines, before, (Target.Missing) r.target(), v);
            first = span[0];
            last = span[1];
        }
        String after = lines.text();
        if (after.equals(text)) return new Outcome.Edited(path, text, text, "", first, last, List.of());
        Model.Note reread = NoteExtractor.extract(path, after);
        String wrong = r.target() instanceof Target.Existing e
                ? ReadBack.existing(before, reread, e, v, last)
                : ReadBack.added(before, reread, (Target.Missing) r.target(), v, first);
        if (wrong != null)
            return unsafe(before, line, "the edit would not read back as asked (" + wrong + "); nothing written");
        return new Outcome.Edited(
                path, text, after, diff(path, text, after), first, last, movedReferences(text, after, reread));
    }

    /**
     * The line references of {@code after} whose target lines lie at or after the first line the
     * edit moved ("L<line>: <reference as written>"); empty when no line was inserted.
     */
    static List<String> movedReferences(String before, String after, Model.Note reread) {
        List<String> x = NoteLines.of(before).contents();
        List<String> y = NoteLines.of(after).contents();
        if (x.size() == y.size()) return List.of();
        int common = 0;
        while (common < Math.min(x.size(), y.size())
                && x.get(x.size() - 1 - common).equals(y.get(y.size() - 1 - common))) common++;
        int firstMoved = x.size() - common + 1; // old numbering: this line and every later one moved
        List<String> out = new ArrayList<>();
        for (Model.LineReference r : reread.lineReferences()) {
            if (Math.max(r.targetFirst(), r.targetLast()) >= firstMoved) out.add("L" + r.fromLine() + ": " + r.raw());
        }
        return List.copyOf(out);
    }

    /**
     * What a line leads to, for a review queue: the assessment {@code verify} would write at
     * {@code line} ({@code statusLine} is the line to send to make that unambiguous; {@code status}
     * its notation), or, for a claim without a block, {@code status} null and no block lines.
     * For a claim or block with several assessments, the first whose status needs a human.
     */
    public record Located(
            int statusLine,
            String status,
            int blockFirstLine,
            int blockLastLine,
            String subject,
            java.util.List<String> tools) {}

    /** The {@link Located} of {@code line} in {@code note}, or null when it names nothing writable. */
    public static Located locate(Model.Note note, int line) {
        TargetResolver.Resolved r = TargetResolver.resolve(note, line);
        if (r.rejected() != null && r.rejected().reason() == Outcome.Reason.AMBIGUOUS) {
            Located first = null;
            for (String item : r.rejected().nearest()) {
                int l = Integer.parseInt(item.substring(1, item.indexOf(':')));
                Located x = locate(note, l);
                if (x == null) continue;
                if (first == null) first = x;
                // the first candidate weaker than publicly verifiable (ranks from the one status vocabulary)
                if (org.claimgraph.extract.VerificationStatus.ofNotation(x.status())
                        .map(s -> s.rank() < org.claimgraph.extract.VerificationStatus.PUBLICLY_VERIFIABLE.rank())
                        .orElse(true)) return x;
            }
            return first;
        }
        if (r.target() instanceof Target.Existing e) {
            Model.StatusAssertion s = e.assessment().statuses().get(0);
            return new Located(
                    s.line(),
                    s.status().notation(),
                    e.block().firstLine(),
                    e.block().lastLine(),
                    e.assessment().subject(),
                    toolsAt(note, e.assessment().firstLine()));
        }
        if (r.target() instanceof Target.Missing m) {
            return new Located(
                    m.claim().firstLine(),
                    null,
                    -1,
                    -1,
                    m.claim().text(),
                    m.claim().tools());
        }
        return null;
    }

    private static java.util.List<String> toolsAt(Model.Note note, int line) {
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        for (Model.Claim c : note.claims()) if (c.firstLine() <= line && line <= c.lastLine()) out.addAll(c.tools());
        return java.util.List.copyOf(out);
    }

    private static Outcome.Rejected unsafe(Model.Note note, int line, String why) {
        return new Outcome.Rejected(Outcome.Reason.UNSAFE, why, TargetResolver.nearest(note, line));
    }

    /** The unified diff (3 lines of context) from {@code before} to {@code after}, "" when equal. */
    public static String diff(String path, String before, String after) {
        List<String> a = NoteLines.of(before).contents();
        List<String> b = NoteLines.of(after).contents();
        Patch<String> patch = DiffUtils.diff(a, b);
        List<String> out = new ArrayList<>(UnifiedDiffUtils.generateUnifiedDiff("a/" + path, "b/" + path, a, patch, 3));
        return out.isEmpty() ? "" : String.join("\n", out) + "\n";
    }
}
