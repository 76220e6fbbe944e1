package org.claimgraph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the fields of one provenance block. Prettier-wrapped lines are joined back (a field key
 * may even be split: {@code **来\n> 源**}); bullets nest by indentation. A top-level
 * {@code **性能数据**：…} or a bullet {@code - **K8s 1 GB**：} opens an assessment (its subject);
 * {@code 来源类型 / 验证性 / 验证方法 / 测试环境 / 备注 / 更新日期 …} attach to the nearest enclosing one
 * ({@link AssessmentDraft}), or to the block itself ({@link BlockFields}). Keys: {@link AnnotationKeys}.
 */
final class ProvenanceParser {
    private static final Pattern KEY_NOISE = Pattern.compile("[：:\\s]");
    static final Pattern TRAILING_SEPARATORS = Pattern.compile("[，,；;\\s]+$");
    static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[，,；;：:\\s]+$");
    /** The chars of {@link #TRAILING_PUNCTUATION}'s class. */
    static final String PUNCTUATION_CHARS = "，,；;：:" + Text.REGEX_SPACES;

    /** One logical (unwrapped) line of the block. */
    record Logical(int first, int last, int depth, boolean bullet, String text) {}

    /** What the parser produces for the caller; index and attachment are set later. */
    record Parsed(
            String title,
            List<Model.Assessment> assessments,
            List<String> categories,
            List<Model.Field> fields,
            LocalDate updated,
            List<String> problems) {}

    /**
     * One key/value pair of a logical line, as the parser meets it.
     *
     * @param leading the line's first pair (only it carries the line's bullet)
     * @param hasChildren bullets deeper than this line follow (set on the line's last pair)
     * @param firstOfBlock the first pair of the block (a title when it is not a field)
     */
    private record Item(
            BlockLines.Pair pair, Logical line, boolean leading, boolean hasChildren, boolean firstOfBlock) {
        boolean bullet() {
            return leading && line.bullet();
        }

        /** The bullet depth, or -1 for a line that is not a bullet. */
        int level() {
            return bullet() ? line.depth() : -1;
        }

        boolean bold() {
            return pair.style() == BlockLines.Style.BOLD;
        }

        String value() {
            return pair.value();
        }
    }

    /** A field with an empty value whose text follows in plain bullets (e.g. 验证方法 then "- Kwok: url"). */
    private record OpenField(AssessmentDraft draft, String key, int level) {}

    private final List<String> problems = new ArrayList<>();
    private final BlockFields blockFields = new BlockFields();
    private final List<AssessmentDraft> done = new ArrayList<>();
    /** The open assessments, the block itself at the bottom. */
    private final List<AssessmentDraft> stack = new ArrayList<>();

    private String title = "";
    private OpenField openField;

    static Parsed parse(List<RawBlock.QLine> lines) {
        return parse(lines, new BlockLines.Matchers());
    }

    /** @param matchers the line matchers, shared by the blocks of a note */
    static Parsed parse(List<RawBlock.QLine> lines, BlockLines.Matchers matchers) {
        return new ProvenanceParser().run(lines, matchers);
    }

    private Parsed run(List<RawBlock.QLine> lines, BlockLines.Matchers matchers) {
        List<Logical> logical = BlockLines.unwrap(lines, matchers);
        stack.add(new AssessmentDraft(
                AssessmentDraft.ROOT,
                "",
                logical.isEmpty() ? -1 : logical.get(0).first()));
        for (int i = 0; i < logical.size(); i++) {
            Logical l = logical.get(i);
            boolean hasChildren = i + 1 < logical.size()
                    && logical.get(i + 1).bullet()
                    && (l.bullet() ? logical.get(i + 1).depth() > l.depth() : true);
            // top-level lines may carry several bold fields ("**A**：x **B**：y")
            List<BlockLines.Pair> pairs = BlockLines.pairs(l, matchers);
            for (int p = 0; p < pairs.size(); p++) {
                boolean last = p == pairs.size() - 1;
                handle(new Item(pairs.get(p), l, p == 0, hasChildren && last, i == 0 && p == 0));
            }
            // every open assessment spans the lines of its sub-items
            for (AssessmentDraft c : stack)
                if (!c.isRoot() && c.line <= l.first()) c.lastLine = Math.max(c.lastLine, l.last());
        }
        for (AssessmentDraft c : stack) finish(c);
        List<String> categories = new ArrayList<>();
        List<Model.Assessment> out = assessments(logical, categories);
        boolean anyStatus = out.stream().anyMatch(a -> !a.statuses().isEmpty());
        if (!anyStatus) anyStatus = statusInProse(logical, out);
        if (!anyStatus) problems.add("half-written: no 验证性 / 验证状态 status in the block");
        return new Parsed(title, out, categories, blockFields.fields(), blockFields.updated(), List.copyOf(problems));
    }

    /** The used assessments in line order, and the category of each into {@code categories}. */
    private List<Model.Assessment> assessments(List<Logical> logical, List<String> categories) {
        List<Model.Assessment> out = new ArrayList<>();
        done.sort((a, b) -> Integer.compare(a.line, b.line));
        for (AssessmentDraft c : done) {
            out.add(c.toAssessment(out.size(), blockFields.environment()));
            categories.add(c.category != null ? c.category : title);
        }
        if (out.isEmpty() && !title.isEmpty()) {
            // a block with a title and nothing else still says what it is about
            int line = logical.get(0).first();
            out.add(new Model.Assessment(
                    0,
                    title,
                    line,
                    line,
                    List.of(),
                    Model.Checks.NONE,
                    new Model.AssessmentContext(
                            blockFields.environment(), null, null, null, VersionParser.find(title, line), List.of())));
            categories.add(title);
        }
        return out;
    }

    /**
     * A block without a status field whose text states the status in a sentence
     * ({@code **⚠️ 版本信息说明**：…当前验证状态为"待验证"}): the status is read (marked
     * {@code inProse}) and given to the assessment whose lines hold it, else the first one. Such a
     * block is not half-written: the audit only remarks on the form (rule status-in-prose, info).
     */
    private static boolean statusInProse(List<Logical> logical, List<Model.Assessment> out) {
        if (out.isEmpty()) return false;
        for (Logical l : logical) {
            List<StatusParser.Found> found = StatusParser.findInProse(Text.plain(l.text()));
            if (found.isEmpty()) continue;
            StatusParser.Found f = found.get(0);
            int at = 0;
            for (int i = 0; i < out.size(); i++)
                if (out.get(i).firstLine() <= l.first()
                        && l.first() <= out.get(i).lastLine()) at = i;
            Model.Assessment a = out.get(at);
            out.set(
                    at,
                    a.withStatuses(List.of(
                            new Model.StatusAssertion(f.status(), f.phrase(), f.qualifier(), l.first(), true))));
            return true;
        }
        return false;
    }

    private void finish(AssessmentDraft c) {
        if (c.used && !done.contains(c)) done.add(c);
    }

    /** One pair: text without a key, the continuation of an open field, a field, or a subject. */
    private void handle(Item it) {
        if (it.pair().key() == null) {
            text(it);
            return;
        }
        String kRaw = Text.plain(it.pair().key());
        String k = kRaw.replace(" ", "");
        if (!it.bold() && it.bullet() && openField != null && it.level() > openField.level()) {
            appendField(openField.draft(), openField.key(), kRaw + "：" + it.value(), it.line());
            return;
        }
        openField = null;
        popTo(it.level());
        if (isField(k, it)) field(k, kRaw, it);
        else subject(k, kRaw, it);
    }

    /** Plain text: continues an open field, is the block's title, or a remark of the current assessment. */
    private void text(Item it) {
        Logical l = it.line();
        popTo(it.level());
        if (openField != null && (!it.bullet() || it.level() > openField.level())) {
            appendField(openField.draft(), openField.key(), it.value(), l);
            return;
        }
        AssessmentDraft c = top();
        if (c == stack.get(0) && it.firstOfBlock() && !it.bullet()) {
            title = Text.plain(it.value());
            AssessmentDraft t = new AssessmentDraft(-1, title, l.first());
            t.category = title;
            stack.add(t);
        } else {
            c.addStatuses(StatusParser.findWithEmoji(it.value()), l);
            c.other.add(new Model.Field("text", Text.plain(it.value()), l.first()));
            c.touch(l);
        }
    }

    /**
     * A key is read as a field (not as the subject of an assessment of its own) when it is a field
     * key where it stands and a status key, top-level, a leaf without a status in its value, or a
     * top-level field key with sub-items.
     */
    private static boolean isField(String k, Item it) {
        boolean bullet = it.bullet();
        boolean fieldKey = bullet
                ? AnnotationKeys.FIELD_KEYS.contains(k)
                : AnnotationKeys.TOP_FIELD_KEYS.contains(k) || (!it.bold() && AnnotationKeys.FIELD_KEYS.contains(k));
        if (!fieldKey) return false;
        boolean topKey = AnnotationKeys.TOP_FIELD_KEYS.contains(k);
        boolean valueHasStatus = !StatusParser.findWithEmoji(it.value()).isEmpty();
        return AnnotationKeys.STATUS_KEYS.contains(k)
                || !bullet
                || (!it.hasChildren() && !(valueHasStatus && !topKey))
                || (it.hasChildren() && topKey);
    }

    private void field(String k, String kRaw, Item it) {
        AssessmentDraft parent = top();
        if (!it.bullet() && stack.size() == 1 && !AnnotationKeys.isAssessmentLevel(k)) {
            blockFields.add(k, kRaw, it.value(), it.line(), problems);
        } else {
            field(parent, k, kRaw, it.value(), it.line());
        }
        if (it.value().isBlank()) openField = new OpenField(parent, k, it.level());
    }

    /** A subject: opens an assessment, with the statuses and inline fields written in its value. */
    private void subject(String k, String kRaw, Item it) {
        Logical l = it.line();
        String v = it.value();
        AssessmentDraft parent = top();
        if (it.firstOfBlock() && !it.bullet()) title = Text.plain(kRaw + (v.isBlank() ? "" : "：" + v));
        List<StatusParser.Found> st =
                v.strip().length() <= 10 ? StatusParser.findInStatusValue(v) : StatusParser.findWithEmoji(v);
        String cleaned = cleanSubject(v, st);
        String subject;
        if (cleaned.isEmpty()) subject = Text.plain(kRaw);
        else if (AnnotationKeys.CATEGORY_KEYS.contains(k)) subject = cleaned;
        else subject = Text.plain(kRaw) + "：" + cleaned;
        AssessmentDraft c = new AssessmentDraft(it.level(), subject, l.first());
        c.category =
                ClaimClassifier.fromCategory(kRaw) != null ? kRaw : parent.category != null ? parent.category : title;
        c.lastLine = l.last();
        stack.add(c);
        if (!st.isEmpty()) c.addStatuses(st, l);
        int inline = inlineFields(c, v, st, l);
        for (Model.VersionMention vm : VersionParser.find(subject, l.first()))
            if (!c.versions.contains(vm)) c.versions.add(vm);
        for (Model.VersionMention vm : VersionParser.find(Text.plain(v), l.first()))
            if (!c.versions.contains(vm)) c.versions.add(vm);
        if (!st.isEmpty() || inline > 0) c.used = true;
        if (!it.hasChildren() && !c.used && (it.bullet() || !it.firstOfBlock())) {
            // a leaf subject with nothing attached: keep it as a field of its parent
            c.other.add(new Model.Field(Text.plain(kRaw), Text.plain(v), l.first()));
            c.used = true;
        }
        for (String u : UrlScanner.urls(v)) c.urls.add(new Model.UrlMention(u, l.first()));
    }

    /**
     * Fields inside a subject's value ({@code 来源类型：内部测试，验证性：⚠️ 部分可验证}); a status field
     * is skipped when the value's own status was already read. Returns how many there were.
     */
    private int inlineFields(AssessmentDraft c, String v, List<StatusParser.Found> st, Logical l) {
        if (!BlockLines.mayHoldInlineField(v)) return 0;
        List<MatchResult> keys = BlockLines.INLINE_FIELD.matcher(v).results().toList();
        for (int s = 0; s < keys.size(); s++) {
            int end = s + 1 < keys.size() ? keys.get(s + 1).start() : v.length();
            String ik = KEY_NOISE
                    .matcher(v.substring(keys.get(s).start(), keys.get(s).end()))
                    .replaceAll("");
            String iv = v.substring(keys.get(s).end(), end);
            if (BlockLines.mayEndIn(iv, BlockLines.SEPARATOR_CHARS))
                iv = TRAILING_SEPARATORS.matcher(iv).replaceAll("");
            boolean ownStatus = st.isEmpty()
                    || !StatusParser.findInStatusValue(iv).isEmpty()
                            && StatusParser.findWithEmoji(iv).isEmpty();
            if (!AnnotationKeys.STATUS_KEYS.contains(ik) || ownStatus) field(c, ik, ik, iv, l);
        }
        return keys.size();
    }

    /** A field continued by plain bullets: the block's own field, or a field of the assessment. */
    private void appendField(AssessmentDraft c, String k, String value, Logical l) {
        if (c.isRoot() && !c.used) blockFields.append(k, value);
        else field(c, k, k, value, l);
    }

    /** A field of {@code c}; on the block itself while nothing was read into it, unless it is an assessment's. */
    private void field(AssessmentDraft c, String k, String kRaw, String value, Logical l) {
        if (c.isRoot() && !c.used && !AnnotationKeys.isAssessmentLevel(k)) {
            blockFields.add(k, kRaw, value, l, problems);
        } else {
            c.field(k, kRaw, value, l, problems);
        }
    }

    private void popTo(int depth) {
        while (stack.size() > 1 && top().depth >= depth) finish(stack.remove(stack.size() - 1));
    }

    private AssessmentDraft top() {
        return stack.get(stack.size() - 1);
    }

    /** The subject text without its statuses (and the bracket around them) and inline fields. */
    private static String cleanSubject(String v, List<StatusParser.Found> st) {
        String s = v;
        for (int i = st.size() - 1; i >= 0; i--) {
            StatusParser.Found f = st.get(i);
            int start = f.start();
            int end = f.end();
            // drop the bracket that wrapped the status: "crun（⚠️ 版本号待确认）"
            if (start > 0 && (s.charAt(start - 1) == '（' || s.charAt(start - 1) == '(')) {
                start--;
                int close = StatusParser.closing(s, start);
                end = Math.max(end, Math.min(s.length(), close + 1));
            }
            s = s.substring(0, start) + s.substring(Math.min(end, s.length()));
        }
        if (BlockLines.mayHoldInlineField(s)) {
            Matcher im = BlockLines.INLINE_FIELD.matcher(s);
            if (im.find()) s = s.substring(0, im.start());
        }
        String plain = Text.plain(s);
        if (BlockLines.mayEndIn(plain, PUNCTUATION_CHARS))
            plain = TRAILING_PUNCTUATION.matcher(plain).replaceAll("");
        return plain.strip();
    }
}
