package org.claimgraph.writeback;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.claimgraph.extract.BlockForm;
import org.claimgraph.extract.Model;
import org.claimgraph.extract.VerificationStatus;

/**
 * Writes a new provenance block right after a claim that has none, in the note's dominant block
 * form (comment + quote, bare quote or inline) and in the style of that form's first block with a
 * status field: its marker line, quote prefix, list marker, key (验证性 or 验证状态), bold or plain
 * keys, colon, status phrase style, and blank quote lines between fields when it has them.
 */
final class NewBlock {
    private NewBlock() {}

    /** The style read from a template block; {@code spot} is its status field. */
    private record Style(
            BlockForm form,
            String marker,
            boolean blankAfterMarker,
            String quote,
            String bullet,
            boolean spaced,
            LineShape.Spot spot,
            String phrase) {}

    /** Inserts the block into {@code lines}; returns {first, last} line of the new block. */
    static int[] insert(NoteLines lines, Model.Note note, Target.Missing target, Verification v) {
        Style st = style(lines, note);
        String indent = contentIndent(lines.content(target.claim().firstLine()));
        List<String[]> fields = new ArrayList<>();
        fields.add(new String[] {st.spot().key(), StatusPhrase.render(v.status(), st.phrase())});
        if (v.methodUrl() != null)
            fields.add(new String[] {BlockEditor.METHOD_KEYS.get(0), BlockEditor.urlStyle(lines, v.methodUrl())});
        if (v.environment() != null) fields.add(new String[] {BlockEditor.ENV_KEYS.get(0), v.environment()});
        LocalDate date = v.date() != null ? v.date() : v.stampDate();
        if (date != null) fields.add(new String[] {BlockEditor.DATE_KEYS.get(0), date.toString()});

        List<String> out = new ArrayList<>();
        int at = target.insertAfter();
        if (!lines.content(at).isBlank()) out.add("");
        int first = at + out.size() + 1;
        if (st.form() == BlockForm.INLINE) {
            StringBuilder sb = new StringBuilder(indent);
            for (String[] f : fields) {
                if (sb.length() > indent.length()) sb.append("，");
                sb.append(f[0])
                        .append(st.spot().colon())
                        .append(st.spot().afterColon())
                        .append(f[1]);
            }
            out.add(sb.toString());
        } else {
            if (st.form() == BlockForm.COMMENT_QUOTE) {
                out.add(indent + st.marker());
                if (st.blankAfterMarker()) out.add("");
            }
            for (int i = 0; i < fields.size(); i++) {
                if (i > 0 && st.spaced()) out.add(indent + st.quote().stripTrailing());
                String[] f = fields.get(i);
                out.add(indent
                        + st.quote()
                        + st.bullet()
                        + LineShape.renderKey(
                                f[0],
                                st.spot().style(),
                                st.spot().colon(),
                                st.spot().afterColon())
                        + f[1]);
            }
        }
        int last = at + out.size();
        if (at < lines.size() && !lines.content(at + 1).isBlank()) out.add("");
        String eol = lines.eol(at).isEmpty() ? lines.dominantEol() : lines.eol(at);
        lines.insertAfter(at, out, eol);
        return new int[] {first, last};
    }

    private static Style style(NoteLines lines, Model.Note note) {
        Map<BlockForm, Integer> counts = new HashMap<>();
        for (Model.ProvenanceBlock b : note.blocks()) {
            BlockForm f = b.form() == BlockForm.INDENTED ? BlockForm.COMMENT_QUOTE : b.form();
            if (f != BlockForm.CODE_FENCE) counts.merge(f, 1, Integer::sum);
        }
        BlockForm dominant = BlockForm.COMMENT_QUOTE;
        for (var e : counts.entrySet()) if (e.getValue() > counts.getOrDefault(dominant, 0)) dominant = e.getKey();
        for (Model.ProvenanceBlock b : note.blocks()) {
            BlockForm f = b.form() == BlockForm.INDENTED ? BlockForm.COMMENT_QUOTE : b.form();
            if (f != dominant) continue;
            Style s = styleOf(lines, b, f);
            if (s != null) return s;
        }
        LineShape.Spot spot = new LineShape.Spot(0, "验证性", LineShape.KeyStyle.BOLD, "：", "", 0, 0, false, "");
        return new Style(
                dominant == BlockForm.INLINE ? BlockForm.INLINE : dominant,
                "<!-- 来源标注 -->",
                true,
                "> ",
                "- ",
                false,
                spot,
                VerificationStatus.VERIFIED.phrase());
    }

    private static Style styleOf(NoteLines lines, Model.ProvenanceBlock b, BlockForm form) {
        for (Model.Assessment a : TargetResolver.rated(b)) {
            Model.StatusAssertion sa = a.statuses().get(0);
            String c = lines.content(sa.line());
            LineShape.Spot spot = LineShape.find(sa.line(), c, BlockEditor.STATUS_KEYS);
            if (spot == null || spot.inline() != (form == BlockForm.INLINE)) continue;
            LineShape shape = LineShape.of(c);
            String marker = lines.content(b.firstLine()).strip();
            boolean blankAfter = b.firstLine() < lines.size()
                    && lines.content(b.firstLine() + 1).isBlank();
            boolean spaced = !shape.isBullet()
                    && sa.line() < b.lastLine()
                    && LineShape.of(lines.content(sa.line() + 1)).isBlank();
            String quote = shape.quote().strip().isEmpty()
                    ? "> "
                    : shape.quote().strip().replaceAll(">[ \\t]*", "> ");
            return new Style(
                    form,
                    marker,
                    blankAfter,
                    quote,
                    shape.isBullet() ? shape.bullet().strip() + " " : "",
                    spaced,
                    spot,
                    sa.phrase());
        }
        return null;
    }

    /** The indentation that keeps a block inside the list item (or quote-free paragraph) the claim starts. */
    private static String contentIndent(String claimLine) {
        LineShape s = LineShape.of(claimLine);
        if (!s.quote().strip().isEmpty()) return "";
        return " "
                .repeat(s.quote().length()
                        + s.innerIndent().length()
                        + s.bullet().length());
    }
}
