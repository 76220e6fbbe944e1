package org.claimgraph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.claimgraph.extract.ProvenanceParser.Logical;

/**
 * One assessment of a provenance block while the parser reads it: the subject that opened it and
 * the fields read into it so far. {@link #field} reads one field by its key; {@link #toAssessment}
 * gives the immutable result.
 */
final class AssessmentDraft {
    private static final Pattern PAREN_COMMENT = Pattern.compile("[（(][^）)]*[）)]?");
    private static final Pattern SOURCE_TYPE_SEPARATOR = Pattern.compile("[/／、]");
    static final Pattern BRACKETS = Pattern.compile("[<>()（）\\[\\]]");
    static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern PUNCTUATION_ONLY = Pattern.compile("[，,；;:：\\s]*");
    /** Bullet depth of the line that opened it; {@link #ROOT} for the block itself, -1 for the title. */
    final int depth;

    static final int ROOT = -2;

    final String subject;
    final int line;
    String category;
    int lastLine;
    /** True once anything was read into it: only used drafts become assessments. */
    boolean used;

    private final List<Model.StatusAssertion> statuses = new ArrayList<>();
    private final List<String> sourceTypes = new ArrayList<>();
    private final List<String> methods = new ArrayList<>();
    final List<Model.UrlMention> urls = new ArrayList<>();
    private String env, remark, basis;
    private LocalDate updated;
    final List<Model.VersionMention> versions = new ArrayList<>();
    final List<Model.Field> other = new ArrayList<>();

    AssessmentDraft(int depth, String subject, int line) {
        this.depth = depth;
        this.subject = subject;
        this.line = line;
        this.lastLine = line;
    }

    boolean isRoot() {
        return depth == ROOT;
    }

    /**
     * Reads field {@code k} (spaces removed; {@code kRaw} as written) into this assessment.
     * Problems with the value (no status, unreadable date) go to {@code problems} with the line.
     */
    void field(String k, String kRaw, String value, Logical l, List<String> problems) {
        String v = Text.plain(value);
        touch(l);
        switch (k) {
            case AnnotationKeys.STATUS, AnnotationKeys.STATUS_ALT -> status(k, kRaw, value, v, l, problems);
            case AnnotationKeys.SOURCE_TYPE -> sourceType(v, l);
            case AnnotationKeys.METHOD, AnnotationKeys.SOURCE, AnnotationKeys.SOURCE_LINK ->
                methodOrSource(k, kRaw, value, v, l);
            case AnnotationKeys.TEST_ENVIRONMENT, AnnotationKeys.VERIFY_ENVIRONMENT ->
                env = env == null || env.isEmpty() ? v : env + "；" + v;
            case AnnotationKeys.REMARK -> remark = remark == null ? v : remark + "；" + v;
            case AnnotationKeys.BASIS -> basis = basis == null || basis.isEmpty() ? v : basis + "；" + v;
            case AnnotationKeys.UPDATED -> {
                LocalDate d = UrlScanner.firstDate(value);
                if (d == null) problems.add("unreadable 更新日期 '" + Text.clip(v, 40) + "' at line " + l.first());
                if (updated == null) updated = d;
            }
            default -> {
                other.add(new Model.Field(kRaw, v, l.first()));
                addStatuses(StatusParser.findWithEmoji(value), l);
                for (String u : UrlScanner.urls(value)) urls.add(new Model.UrlMention(u, l.first()));
            }
        }
        List<Model.VersionMention> found = VersionParser.find(v, l.first());
        if (!found.isEmpty()) versions.addAll(found); // addAll copies even an empty list into an array
    }

    private void status(String k, String kRaw, String value, String v, Logical l, List<String> problems) {
        List<StatusParser.Found> st = StatusParser.findInStatusValue(value);
        if (st.isEmpty()) {
            if (v.isEmpty()) problems.add("empty " + k + " field at line " + l.first());
            else problems.add("unrecognised status '" + Text.clip(v, 40) + "' at line " + l.first());
            other.add(new Model.Field(kRaw, v, l.first()));
        }
        addStatuses(st, l);
    }

    /** "内部测试 / 官方文档（说明）": the parts, the comment in brackets kept as a field of its own. */
    private void sourceType(String v, Logical l) {
        String noParen = PAREN_COMMENT.matcher(v).replaceAll("");
        for (String part : SOURCE_TYPE_SEPARATOR.split(noParen)) {
            String p = part.strip();
            if (!p.isEmpty()) sourceTypes.add(p);
        }
        if (sourceTypes.isEmpty() && !v.isEmpty()) sourceTypes.add(v);
        if (!noParen.equals(v)) other.add(new Model.Field("来源类型说明", v, l.first()));
    }

    /** URLs are kept as URLs; text beyond them is a method (验证方法) or a field (来源). */
    private void methodOrSource(String k, String kRaw, String value, String v, Logical l) {
        List<String> found = UrlScanner.urls(value);
        for (String u : found) urls.add(new Model.UrlMention(u, l.first()));
        String rest = v;
        for (String u : found) rest = rest.replace(u, "");
        // each regex pass only where it changes something (most values: no bracket, single spaces)
        if (mayHoldBracket(rest)) rest = BRACKETS.matcher(rest).replaceAll(" ");
        if (!StatusParser.singleSpaced(rest)) rest = SPACES.matcher(rest).replaceAll(" ");
        rest = rest.strip();
        boolean method = k.equals(AnnotationKeys.METHOD);
        if (!rest.isEmpty() && !PUNCTUATION_ONLY.matcher(rest).matches()) {
            if (method) methods.add(v);
            else other.add(new Model.Field(kRaw, v, l.first()));
        } else if (found.isEmpty() && v.isEmpty()) {
            // filled by the following bullets
        } else if (!method) {
            other.add(new Model.Field(kRaw, v, l.first()));
        }
    }

    /** The chars of {@link #BRACKETS}'s class. */
    static final String BRACKET_CHARS = "<>()（）[]";

    /** False when {@link #BRACKETS} finds nothing in {@code s}. */
    static boolean mayHoldBracket(String s) {
        for (int i = 0; i < s.length(); i++) if (BRACKET_CHARS.indexOf(s.charAt(i)) >= 0) return true;
        return false;
    }

    /** Marks the draft used and stretches it over {@code l}. */
    void touch(Logical l) {
        used = true;
        lastLine = Math.max(lastLine, l.last());
    }

    /** Statuses found on {@code l} (a wrapped line: the status is given the line's first line). */
    void addStatuses(List<StatusParser.Found> st, Logical l) {
        for (StatusParser.Found f : st) {
            statuses.add(new Model.StatusAssertion(f.status(), f.phrase(), f.qualifier(), l.first()));
            used = true;
        }
        if (!st.isEmpty()) lastLine = Math.max(lastLine, l.last());
    }

    /** @param blockEnv the block's 测试环境, used when the assessment names none */
    Model.Assessment toAssessment(int index, String blockEnv) {
        return new Model.Assessment(
                index,
                subject,
                line,
                lastLine,
                List.copyOf(statuses),
                new Model.Checks(List.copyOf(sourceTypes), List.copyOf(methods), List.copyOf(urls)),
                new Model.AssessmentContext(
                        env != null ? env : blockEnv,
                        remark,
                        basis,
                        updated,
                        List.copyOf(versions),
                        List.copyOf(other)));
    }
}
