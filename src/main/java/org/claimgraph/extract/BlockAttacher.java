package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimgraph.extract.MarkdownStructure.Kind;
import org.claimgraph.extract.MarkdownStructure.Unit;

/**
 * Reads each provenance block ({@link ProvenanceParser}), finds what it annotates (the prose, row
 * or heading right before it; a block right after another annotates the same thing), points the
 * annotated claims at its assessments and adds a claim per assessment subject. A block that
 * annotates nothing is kept with a problem, never dropped.
 *
 * @param blocks the note's provenance blocks, in line order
 * @param claims the claims read from the units, with their assessments, then the subject claims
 */
record BlockAttacher(List<Model.ProvenanceBlock> blocks, List<ClaimDraft> claims) {
    private static final Pattern LINE_MARKUP = Pattern.compile("^\\s*([-*>|]\\s*)+");

    static BlockAttacher attach(NoteOutline outline, LineLedger ledger, BlockLocator located, UnitReader.Result units) {
        return new Run(outline, ledger, located, units).run();
    }

    private static final class Run {
        final SourceText src;
        final NoteOutline outline;
        final LineLedger ledger;
        final BlockLocator located;
        final List<Model.Table> tables;
        final List<ClaimDraft> claims;
        final ClaimsByLine claimsByLine;
        /** Assessments each claim of {@link #claims} is annotated with (same index). */
        final List<List<Model.AssessmentRef>> refs = new ArrayList<>();

        final List<Model.ProvenanceBlock> blocks = new ArrayList<>();
        /** What each block of {@link #blocks} annotates (same index). */
        final List<Optional<LineRange>> targets = new ArrayList<>();

        final List<List<String>> categories = new ArrayList<>();
        final BlockLines.Matchers matchers = new BlockLines.Matchers();

        Run(NoteOutline outline, LineLedger ledger, BlockLocator located, UnitReader.Result units) {
            this.src = outline.src();
            this.outline = outline;
            this.ledger = ledger;
            this.located = located;
            this.tables = units.tables().tables();
            this.claims = units.claims();
            this.claimsByLine = new ClaimsByLine(claims);
            for (int i = 0; i < claims.size(); i++) refs.add(new ArrayList<>());
        }

        BlockAttacher run() {
            for (RawBlock b : located.blocks()) read(b);
            for (Model.ProvenanceBlock blk : blocks) annotate(blk);
            List<ClaimDraft> out = new ArrayList<>();
            for (int i = 0; i < claims.size(); i++) out.add(claims.get(i).withRefs(refs.get(i)));
            for (Model.ProvenanceBlock blk : blocks)
                for (Model.Assessment a : blk.assessments()) out.add(subjectClaim(blk, a));
            return new BlockAttacher(List.copyOf(blocks), List.copyOf(out));
        }

        private void read(RawBlock b) {
            ProvenanceParser.Parsed p = ProvenanceParser.parse(b.lines, matchers);
            List<String> problems = new ArrayList<>(b.problems);
            if (b.lines.isEmpty()) problems.removeIf(x -> x.startsWith("half-written: no 验证性"));
            problems.addAll(p.problems());
            Optional<LineRange> target = target(b);
            if (target.isEmpty()) problems.add("not attached: nothing before the block that it could annotate");
            List<Model.Assessment> assessments = new ArrayList<>();
            for (Model.Assessment a : p.assessments())
                assessments.add(a.subject().isEmpty() ? a.withSubject(defaultSubject(p, a, target)) : a);
            blocks.add(new Model.ProvenanceBlock(
                    blocks.size(),
                    b.form,
                    b.firstLine(),
                    b.lastLine(),
                    p.title(),
                    List.copyOf(assessments),
                    p.fields(),
                    p.updated(),
                    target.map(LineRange::first).orElse(-1),
                    target.map(LineRange::last).orElse(-1),
                    List.copyOf(problems)));
            targets.add(target);
            categories.add(p.categories());
            ledger.remark(b.firstLine(), b.lastLine(), "provenance block");
            if (b.form == BlockForm.INLINE) ledger.remark(b.firstLine(), b.firstLine(), "provenance block");
        }

        /** An assessment without a subject is about the block's title, else its basis, else its target. */
        private String defaultSubject(ProvenanceParser.Parsed p, Model.Assessment a, Optional<LineRange> target) {
            if (!p.title().isEmpty()) return p.title();
            if (a.context().basis() != null && !a.context().basis().isEmpty())
                return a.context().basis();
            return subjectFromTarget(target);
        }

        /** Claims annotated by the block point at its assessments (table rows at the ones naming them). */
        private void annotate(Model.ProvenanceBlock blk) {
            if (blk.annotatesFirstLine() < 0) return;
            for (int i : claimsByLine.overlapping(blk.annotatesFirstLine(), blk.annotatesLastLine())) {
                ClaimDraft c = claims.get(i);
                if (c.subject() || c.kind() == ClaimKind.COVERAGE) continue;
                if (c.row() != null) refs.get(i).addAll(matchRow(c.row(), blk));
                else
                    for (Model.Assessment a : blk.assessments())
                        refs.get(i).add(new Model.AssessmentRef(blk.index(), a.index()));
            }
        }

        /** The claim an assessment's subject makes. */
        private ClaimDraft subjectClaim(Model.ProvenanceBlock blk, Model.Assessment a) {
            List<ToolCatalog.Mention> named = ToolCatalog.mentions(a.subject());
            List<Model.VersionMention> vs = new ArrayList<>(VersionParser.find(a.subject(), named, a.firstLine()));
            for (Model.VersionMention v : a.context().versions()) if (!vs.contains(v)) vs.add(v);
            ClaimDraft.Mentions m = new ClaimDraft.Mentions(
                    ToolCatalog.canonicals(named),
                    dedupe(vs),
                    MeasurementParser.find(a.subject(), null, a.context().testEnvironment(), a.firstLine()));
            String cat = categories.get(blk.index()).get(a.index());
            ClaimKind kind = ClaimClassifier.classify(
                    cat,
                    a.subject(),
                    !m.measurements().isEmpty(),
                    !m.versions().isEmpty(),
                    !m.tools().isEmpty());
            return new ClaimDraft(
                    kind,
                    a.subject(),
                    new LineRange(a.firstLine(), a.lastLine()),
                    m,
                    null,
                    true,
                    List.of(new Model.AssessmentRef(blk.index(), a.index())));
        }

        private static List<Model.VersionMention> dedupe(List<Model.VersionMention> vs) {
            Set<String> seen = new LinkedHashSet<>();
            List<Model.VersionMention> out = new ArrayList<>();
            for (Model.VersionMention v : vs) if (seen.add(v.tool() + "@" + v.version())) out.add(v);
            return out;
        }

        private String subjectFromTarget(Optional<LineRange> target) {
            if (target.isEmpty()) return "";
            int line = target.get().first();
            for (int i : claimsByLine.overlapping(line, line))
                if (!claims.get(i).subject()) return Text.clip(claims.get(i).text(), 120);
            return Text.clip(Text.plain(LINE_MARKUP.matcher(src.line(line)).replaceAll("")), 120);
        }

        /** Table rows take the assessments whose subject names them; otherwise all of a one-assessment block. */
        private List<Model.AssessmentRef> matchRow(ClaimDraft.TableCells row, Model.ProvenanceBlock blk) {
            Model.Table t = tables.get(row.table());
            List<String> cells = row.cells();
            List<Model.AssessmentRef> hits = new ArrayList<>();
            String label = Text.squash(cells.isEmpty() ? "" : cells.get(0));
            for (Model.Assessment a : blk.assessments()) {
                String subj = Text.squash(a.subject());
                boolean hit = !label.isEmpty() && subj.contains(label);
                for (int j = 1; !hit && j < cells.size() && j < t.header().size(); j++) {
                    String h = Text.squash(t.header().get(j));
                    String cell = Text.squash(cells.get(j));
                    if (!h.isEmpty() && !cell.isEmpty() && subj.contains(h) && subj.contains(cell)) hit = true;
                }
                if (hit) hits.add(new Model.AssessmentRef(blk.index(), a.index()));
            }
            if (hits.isEmpty() && blk.assessments().size() == 1) hits.add(new Model.AssessmentRef(blk.index(), 0));
            return hits;
        }

        /** What a block annotates, or empty. */
        private Optional<LineRange> target(RawBlock b) {
            Set<Integer> blockLines = located.lines();
            int start = b.firstLine();
            if (b.form == BlockForm.INLINE) {
                // the rest of the paragraph above the inline line, or the unit before it
                int l = start - 1;
                int last = l;
                while (l >= 1 && !src.isBlank(l) && !blockLines.contains(l) && sameParagraph(l, start)) l--;
                if (last >= l + 1 && sameParagraph(last, start)) return Optional.of(new LineRange(l + 1, last));
            }
            if (b.form == BlockForm.CODE_FENCE && b.codeUnit >= 0) {
                Unit code = outline.units().get(b.codeUnit);
                int l = start - 1;
                while (l > code.first() && src.isBlank(l)) l--;
                int last = l;
                while (l > code.first() && !src.isBlank(l) && !blockLines.contains(l)) l--;
                if (last > code.first() && l + 1 <= last) return Optional.of(new LineRange(l + 1, last));
                return Optional.of(new LineRange(code.first(), code.first()));
            }
            // the nearest unit ending before the block
            Unit prev = outline.lookup().unitEndingBefore(start);
            if (prev == null || prev.kind() == Kind.BREAK) return Optional.empty();
            if (blockLines.contains(prev.first()) || blockLines.contains(prev.last())) {
                // another provenance block right before: annotate the same thing
                for (int i = blocks.size() - 1; i >= 0; i--) {
                    Model.ProvenanceBlock pb = blocks.get(i);
                    if (pb.lastLine() >= prev.first() && pb.firstLine() <= prev.last()) return targets.get(i);
                }
                return Optional.empty();
            }
            if (prev.kind() == Kind.HEADING) return Optional.of(new LineRange(prev.first(), prev.last()));
            int first = prev.first();
            int last = prev.last();
            while (last > first && blockLines.contains(last)) last--;
            return Optional.of(new LineRange(first, last));
        }

        private boolean sameParagraph(int a, int b) {
            return outline.lookup().sameParagraph(a, b);
        }
    }

    /**
     * The claims (before the per-assessment subject claims are added) by the lines they cover:
     * finding the claims a block annotates costs O(the block's target), not O(claims).
     */
    private static final class ClaimsByLine {
        /** The smallest line of a claim; line {@code l}'s claims are {@code ids[start[l - base] .. start[l - base + 1])}. */
        private final int base;

        private final int[] start;
        /** Claim indexes by line, each line's in claim order (was a map of boxed lines to lists of boxed indexes). */
        private final int[] ids;

        ClaimsByLine(List<ClaimDraft> claims) {
            int lo = Integer.MAX_VALUE, hi = Integer.MIN_VALUE;
            for (ClaimDraft c : claims) {
                lo = Math.min(lo, c.lines().first());
                hi = Math.max(hi, Math.max(c.lines().first(), c.lines().last()));
            }
            if (claims.isEmpty()) lo = hi = 0;
            base = lo;
            start = new int[hi - lo + 2];
            for (ClaimDraft c : claims) {
                LineRange r = c.lines();
                for (int l = r.first(); l <= Math.max(r.first(), r.last()); l++) start[l - lo + 1]++;
            }
            for (int i = 1; i < start.length; i++) start[i] += start[i - 1];
            ids = new int[start[start.length - 1]];
            int[] next = Arrays.copyOf(start, start.length - 1);
            for (int i = 0; i < claims.size(); i++) {
                LineRange r = claims.get(i).lines();
                for (int l = r.first(); l <= Math.max(r.first(), r.last()); l++) ids[next[l - lo]++] = i;
            }
        }

        /** Indexes of the claims with a line in {@code first..last}, each once, in claim order. */
        int[] overlapping(int first, int last) {
            int from = Math.max(first, base) - base;
            int to = Math.min(last, base + start.length - 2) - base; // inclusive
            if (from > to) return new int[0];
            int[] hit = Arrays.copyOfRange(ids, start[from], start[to + 1]);
            if (from == to) return hit; // one line: in claim order, each once
            Arrays.sort(hit);
            int n = 0;
            for (int i = 0; i < hit.length; i++) if (n == 0 || hit[i] != hit[n - 1]) hit[n++] = hit[i];
            return n == hit.length ? hit : Arrays.copyOf(hit, n);
        }
    }
}
