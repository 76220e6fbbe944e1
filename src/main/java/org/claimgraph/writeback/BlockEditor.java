package org.claimgraph.writeback;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.Model;

/**
 * Rewrites one assessment of an existing provenance block: the status phrase on its status line,
 * the value of its 验证方法 URL, 测试环境 and 更新日期 fields, and inserts the fields it lacks right
 * after the status line, written like the status line (same prefix, key style, colon). A field is
 * looked for in the assessment's own lines, then, when the block rates only this one assessment,
 * in the whole block. Nothing else in the note is touched.
 */
final class BlockEditor {
    static final List<String> STATUS_KEYS = List.of("验证性", "验证状态");
    static final List<String> METHOD_KEYS = List.of("验证方法");
    static final List<String> ENV_KEYS = List.of("测试环境", "验证环境");
    static final List<String> DATE_KEYS = List.of("更新日期");
    private static final Pattern URL =
            Pattern.compile("https?://[^\\s<>()\\[\\]{}\"'`（）【】，。；！？、|\\u3000-\\u303F\\uFF00-\\uFFEF\\u4E00-\\u9FFF]+");
    private static final Pattern DATE = Pattern.compile("(?<!\\d)\\d{4}-\\d{1,2}-\\d{1,2}(?!\\d)");
    private static final Pattern CONTINUATION_STOP =
            Pattern.compile("^(\\*\\*|[（(]?(?:" + LineShape.KEYS + ")\\s*[：:]|[✅❌⚠]).*", Pattern.DOTALL);

    /** A change of characters {@code [start, end)} of one line. */
    private record Span(int line, int start, int end, String text) {}

    private final NoteLines lines;
    private final Model.ProvenanceBlock block;
    private final Model.Assessment assessment;
    private final List<Span> spans = new ArrayList<>();
    private final List<Integer> removals = new ArrayList<>();
    private final List<String[]> missing = new ArrayList<>(); // {key group name, value}
    private String problem;

    private BlockEditor(NoteLines lines, Target.Existing target) {
        this.lines = lines;
        this.block = target.block();
        this.assessment = target.assessment();
    }

    /** The result of an edit: the new block line range, or a problem (nothing changed then). */
    record Result(int blockFirstLine, int blockLastLine, String problem) {}

    /** Edits {@code lines} in place. */
    static Result edit(NoteLines lines, Target.Existing target, Verification v) {
        return new BlockEditor(lines, target).run(v);
    }

    private Result run(Verification v) {
        Model.StatusAssertion current = assessment.statuses().get(0);
        boolean status = current.status() != v.status();
        boolean method = v.methodUrl() != null && !hasUrl(v.methodUrl());
        boolean env = v.environment() != null
                && !plain(v.environment()).equals(plain(assessment.context().testEnvironment()));
        LocalDate had =
                assessment.context().updated() != null ? assessment.context().updated() : block.updated();
        LocalDate date = v.date() != null ? v.date() : (status || method || env) ? v.stampDate() : null;
        boolean dated = date != null && !date.equals(had);
        if (status) rewriteStatus(current, v);
        if (method) rewriteMethod(v.methodUrl());
        if (env) rewriteValue(ENV_KEYS, v.environment(), false);
        if (dated) rewriteValue(DATE_KEYS, date.toString(), true);
        if (problem != null) return new Result(block.firstLine(), block.lastLine(), problem);
        int statusEnd = extentEnd(current.line());
        int added = insertMissing(current.line(), statusEnd);
        if (problem != null) return new Result(block.firstLine(), block.lastLine(), problem);
        applySpans();
        int removed = applyLineOps(statusEnd);
        return new Result(block.firstLine(), block.lastLine() + added - removed, null);
    }

    // ------------------------------------------------------------------ the four fields

    private void rewriteStatus(Model.StatusAssertion current, Verification v) {
        int end = extentEnd(current.line());
        for (int l = current.line(); l <= end; l++) {
            String c = lines.content(l);
            LineShape.Spot s = LineShape.find(l, c, STATUS_KEYS);
            int[] at = StatusPhrase.locate(c, current.phrase(), s != null && l == current.line() ? s.valueStart() : 0);
            if (at == null) continue;
            String old = c.substring(at[0], at[1]);
            spans.add(new Span(l, at[0], at[1], StatusPhrase.render(v.status(), old)));
            return;
        }
        problem = "cannot find the status phrase '" + current.phrase() + "' on line " + current.line();
    }

    private void rewriteMethod(String url) {
        LineShape.Spot s = field(METHOD_KEYS);
        if (s == null) {
            missing.add(new String[] {METHOD_KEYS.get(0), urlStyle(url)});
            return;
        }
        int end = extentEnd(s.line());
        for (int l = s.line(); l <= end; l++) {
            String c = lines.content(l);
            Matcher m = URL.matcher(c);
            if (m.find(l == s.line() ? s.valueStart() : 0) && (l != s.line() || m.start() < s.valueEnd())) {
                spans.add(new Span(l, m.start(), m.end(), url));
                return;
            }
        }
        String gap = s.valueEnd() > s.valueStart() ? " " : "";
        spans.add(new Span(s.line(), s.valueEnd(), s.valueEnd(), gap + urlStyle(url)));
    }

    private void rewriteValue(List<String> keys, String value, boolean dateOnly) {
        LineShape.Spot s = field(keys);
        if (s == null) {
            missing.add(new String[] {keys.get(0), value});
            return;
        }
        String c = lines.content(s.line());
        if (dateOnly) {
            Matcher m = DATE.matcher(c).region(s.valueStart(), s.valueEnd());
            if (m.find()) {
                spans.add(new Span(s.line(), m.start(), m.end(), value));
                return;
            }
        }
        spans.add(new Span(s.line(), s.valueStart(), s.valueEnd(), value));
        if (s.valueEnd() == c.stripTrailing().length()) {
            for (int l = s.line() + 1; l <= extentEnd(s.line()); l++)
                removals.add(l); // the wrapped rest of the old value
        }
    }

    /** The field line for {@code keys} in the assessment's lines, else (block rating only this assessment) in the block. */
    private LineShape.Spot field(List<String> keys) {
        LineShape.Spot s = findIn(keys, assessment.firstLine(), assessment.lastLine());
        if (s == null && TargetResolver.rated(block).size() == 1) s = findIn(keys, block.firstLine(), block.lastLine());
        return s;
    }

    private LineShape.Spot findIn(List<String> keys, int first, int last) {
        for (int l = Math.max(first, 1); l <= last && l <= lines.size(); l++) {
            LineShape.Spot s = LineShape.find(l, lines.content(l), keys);
            if (s != null) return s;
        }
        return null;
    }

    private boolean hasUrl(String url) {
        for (Model.UrlMention u : assessment.checks().methodUrls()) if (u.url().equals(url)) return true;
        for (Model.Field f : block.fields())
            if (METHOD_KEYS.contains(f.key().replace(" ", "")) && f.value().contains(url)) return true;
        return false;
    }

    private String urlStyle(String url) {
        return urlStyle(lines, url);
    }

    /** {@code <url>} (a CommonMark autolink) unless the note mostly writes its URLs bare. */
    static String urlStyle(NoteLines lines, String url) {
        int angled = 0;
        int bare = 0;
        for (int l = 1; l <= lines.size(); l++) {
            Matcher m = URL.matcher(lines.content(l));
            while (m.find()) {
                char before = m.start() > 0 ? lines.content(l).charAt(m.start() - 1) : ' ';
                if (before == '<') angled++;
                else if (before != '(') bare++;
            }
        }
        return bare > angled ? url : "<" + url + ">";
    }

    static String plain(String s) {
        return s == null
                ? ""
                : s.replaceAll("\\*\\*|`", "").replaceAll("\\s+", " ").strip();
    }

    // ------------------------------------------------------------------ inserting missing fields

    /** Adds the missing fields after the status line (its wrapped lines included); returns how many lines were added. */
    private int insertMissing(int statusLine, int statusEnd) {
        if (missing.isEmpty()) return 0;
        String c = lines.content(statusLine);
        LineShape shape = LineShape.of(c);
        LineShape.Spot s = LineShape.find(statusLine, c, STATUS_KEYS);
        if (s != null && s.inline()) {
            boolean atLineEnd = s.valueEnd() >= c.stripTrailing().length();
            int line = atLineEnd ? statusEnd : statusLine;
            int pos = atLineEnd ? lines.content(statusEnd).stripTrailing().length() : s.valueEnd();
            StringBuilder sb = new StringBuilder();
            for (String[] f : missing)
                sb.append(s.separator())
                        .append(f[0])
                        .append(s.colon())
                        .append(s.afterColon())
                        .append(f[1]);
            spans.add(new Span(line, pos, pos, sb.toString()));
            return 0;
        }
        String prefix;
        String keyed;
        List<String> out = new ArrayList<>();
        boolean spaced = !shape.isBullet()
                && statusEnd < block.lastLine()
                && LineShape.of(lines.content(statusEnd + 1)).isBlank()
                && !lines.content(statusEnd + 1).isBlank();
        for (String[] f : missing) {
            if (s != null) {
                prefix = shape.prefix();
                keyed = LineShape.renderKey(f[0], s.style(), s.colon(), s.afterColon());
            } else {
                prefix = nestedPrefix(shape);
                keyed = LineShape.renderKey(
                        f[0],
                        shape.body().startsWith("**") ? LineShape.KeyStyle.BOLD : LineShape.KeyStyle.PLAIN,
                        colonOf(shape.body()),
                        "");
            }
            if (spaced) out.add(lines.content(statusEnd + 1));
            out.add(prefix + keyed + f[1]);
        }
        pendingInsert = out;
        return out.size();
    }

    private List<String> pendingInsert = List.of();

    private static String nestedPrefix(LineShape shape) {
        if (!shape.isBullet()) return shape.prefix();
        String marker = shape.bullet().strip();
        String m = marker.matches("\\d+[.)]") ? "-" : marker;
        return shape.quote() + shape.innerIndent() + " ".repeat(shape.bullet().length()) + m + " ";
    }

    private static String colonOf(String body) {
        for (int i = 0; i < body.length(); i++) {
            char ch = body.charAt(i);
            if (ch == '：' || ch == ':') return String.valueOf(ch);
        }
        return "：";
    }

    /** Last line of the field or status starting at {@code line}: its wrapped continuation lines inside the block. */
    private int extentEnd(int line) {
        int l = line;
        while (l + 1 <= block.lastLine() && l + 1 <= lines.size()) {
            LineShape next = LineShape.of(lines.content(l + 1));
            if (next.isBlank()
                    || next.isBullet()
                    || next.quote().isEmpty()
                            != LineShape.of(lines.content(line)).quote().isEmpty()
                    || CONTINUATION_STOP.matcher(next.body()).matches()) break;
            l++;
        }
        return l;
    }

    // ------------------------------------------------------------------ applying

    private void applySpans() {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(Span::line)
                .thenComparing(Comparator.comparingInt(Span::start).reversed()));
        for (Span sp : sorted) {
            String c = lines.content(sp.line());
            lines.set(sp.line(), c.substring(0, sp.start()) + sp.text() + c.substring(sp.end()));
        }
    }

    /** Removals and the insertion, bottom-up so that line numbers stay valid; returns how many lines were removed. */
    private int applyLineOps(int insertAfter) {
        List<Integer> rm = new ArrayList<>(removals.stream().distinct().toList());
        rm.sort(Comparator.reverseOrder());
        boolean inserted = pendingInsert.isEmpty();
        for (int r : rm) {
            if (!inserted && r <= insertAfter) {
                lines.insertAfter(insertAfter, pendingInsert, eolFor(insertAfter));
                inserted = true;
            }
            lines.remove(r);
        }
        if (!inserted) lines.insertAfter(insertAfter, pendingInsert, eolFor(insertAfter));
        return rm.size();
    }

    private String eolFor(int line) {
        String e = lines.eol(line);
        return e.isEmpty() ? lines.dominantEol() : e;
    }
}
