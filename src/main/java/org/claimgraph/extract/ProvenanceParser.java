package org.claimgraph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Reads the fields of one provenance block. Prettier-wrapped lines are joined back (a field key
 * may even be split: {@code **来\n> 源**}); bullets nest by indentation. A top-level
 * {@code **性能数据**：…} or a bullet {@code - **K8s 1 GB**：} opens an assessment (its subject);
 * {@code 来源类型 / 验证性 / 验证方法 / 测试环境 / 备注 / 更新日期 …} attach to the nearest enclosing one.
 */
final class ProvenanceParser {

    /** Keys that are fields of the enclosing assessment (not subjects of their own). */
    static final Set<String> FIELD_KEYS = Set.of(
            "来源类型", "验证性", "验证状态", "验证方法", "测试环境", "验证环境", "备注", "判断依据", "更新日期", "最后验证日期", "当前验证日期", "参考", "来源", "来源链接",
            "工具名称", "功能描述", "对比方案", "硬件", "负载", "网络", "结论");
    /** Field keys that may stand at the top level of a block (not a subject). */
    static final Set<String> TOP_FIELD_KEYS = Set.of(
            "来源类型", "验证性", "验证状态", "验证方法", "测试环境", "验证环境", "备注", "判断依据", "更新日期", "最后验证日期", "当前验证日期", "参考", "来源", "来源链接",
            "结论");

    static final Set<String> STATUS_KEYS = Set.of("验证性", "验证状态");
    /** Keys naming a kind of claim: the subject is the value. */
    static final Set<String> CATEGORY_KEYS = Set.of(
            "性能数据", "版本信息", "商业案例", "功能描述", "功能说明", "成本数据", "技术判断", "技术成熟度判断", "项目状态", "合规认证", "工具信息", "工具名称", "标准流程",
            "技术组合", "性能指标", "历史事件");

    /** One logical (unwrapped) line of the block. */
    record Logical(int first, int last, int depth, boolean bullet, String text) {}

    /** What the parser produces for the caller; index and attachment are set later. */
    record Parsed(
            String title,
            List<Model.Assessment> assessments,
            List<String> categories,
            List<Model.Field> fields,
            LocalDate updated,
            String blockEnvironment,
            List<String> problems,
            List<Model.UrlMention> urls) {}

    private final List<String> problems = new ArrayList<>();
    private final List<Model.Field> blockFields = new ArrayList<>();
    private final List<Ctx> done = new ArrayList<>();
    private LocalDate blockUpdated;
    private String blockEnv;
    private String title = "";

    /** An assessment being built. */
    private static final class Ctx {
        final int depth;
        final String subject;
        final int line;
        String category;
        int lastLine;
        boolean used;
        final List<Model.StatusAssertion> statuses = new ArrayList<>();
        final List<String> sourceTypes = new ArrayList<>();
        final List<String> methods = new ArrayList<>();
        final List<Model.UrlMention> urls = new ArrayList<>();
        String env, remark, basis;
        LocalDate updated;
        final List<Model.VersionMention> versions = new ArrayList<>();
        final List<Model.Field> other = new ArrayList<>();

        Ctx(int depth, String subject, int line) {
            this.depth = depth;
            this.subject = subject;
            this.line = line;
            this.lastLine = line;
        }
    }

    /** The field whose value continues in the following plain bullets (e.g. 验证方法 then "- Kwok: url"). */
    private Ctx openFieldCtx;

    private String openFieldKey;
    private int openFieldDepth;

    static Parsed parse(List<RawBlock.QLine> lines) {
        return new ProvenanceParser().run(lines);
    }

    private Parsed run(List<RawBlock.QLine> lines) {
        List<Logical> logical = BlockLines.unwrap(lines);
        Ctx root = new Ctx(-2, "", logical.isEmpty() ? -1 : logical.get(0).first());
        List<Ctx> stack = new ArrayList<>();
        stack.add(root);
        boolean firstLine = true;
        for (int i = 0; i < logical.size(); i++) {
            Logical l = logical.get(i);
            boolean hasChildren = i + 1 < logical.size()
                    && logical.get(i + 1).bullet()
                    && (l.bullet() ? logical.get(i + 1).depth() > l.depth() : true);
            // top-level lines may carry several bold fields ("**A**：x **B**：y")
            List<BlockLines.Pair> pairs = BlockLines.pairs(l);
            for (int p = 0; p < pairs.size(); p++) {
                BlockLines.Pair kv = pairs.get(p);
                boolean bullet = p == 0 && l.bullet();
                int depth = p == 0 ? l.depth() : -1;
                handle(
                        kv.key(),
                        kv.value(),
                        kv.style() == BlockLines.Style.BOLD,
                        bullet,
                        depth,
                        l,
                        hasChildren && p == pairs.size() - 1,
                        stack,
                        firstLine && p == 0);
            }
            firstLine = false;
            // every open assessment spans the lines of its sub-items
            for (Ctx c : stack) if (c.depth > -2 && c.line <= l.first()) c.lastLine = Math.max(c.lastLine, l.last());
        }
        for (Ctx c : stack) finish(c);
        List<Model.Assessment> out = new ArrayList<>();
        List<String> categories = new ArrayList<>();
        List<Model.UrlMention> allUrls = new ArrayList<>();
        done.sort((a, b) -> Integer.compare(a.line, b.line));
        for (Ctx c : done) {
            String env = c.env != null ? c.env : blockEnv;
            String subject = c.subject;
            out.add(new Model.Assessment(
                    out.size(),
                    subject,
                    c.line,
                    c.lastLine,
                    List.copyOf(c.statuses),
                    List.copyOf(c.sourceTypes),
                    List.copyOf(c.methods),
                    List.copyOf(c.urls),
                    env,
                    c.remark,
                    c.basis,
                    c.updated,
                    List.copyOf(c.versions),
                    List.copyOf(c.other)));
            allUrls.addAll(c.urls);
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
                    List.of(),
                    List.of(),
                    List.of(),
                    blockEnv,
                    null,
                    null,
                    null,
                    VersionParser.find(title, line),
                    List.of()));
            categories.add(title);
        }
        allUrls.addAll(rootUrls);
        boolean anyStatus = out.stream().anyMatch(a -> !a.statuses().isEmpty());
        if (!anyStatus) anyStatus = statusInProse(logical, out);
        if (!anyStatus) problems.add("half-written: no 验证性 / 验证状态 status in the block");
        return new Parsed(
                title,
                out,
                categories,
                List.copyOf(blockFields),
                blockUpdated,
                blockEnv,
                List.copyOf(problems),
                allUrls);
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
                    new Model.Assessment(
                            a.index(),
                            a.subject(),
                            a.firstLine(),
                            a.lastLine(),
                            List.of(new Model.StatusAssertion(f.status(), f.phrase(), f.qualifier(), l.first(), true)),
                            a.sourceTypes(),
                            a.methods(),
                            a.methodUrls(),
                            a.testEnvironment(),
                            a.remark(),
                            a.basis(),
                            a.updated(),
                            a.versions(),
                            a.otherFields()));
            return true;
        }
        return false;
    }

    private void finish(Ctx c) {
        if (c.used && !done.contains(c)) done.add(c);
    }

    private void handle(
            String key,
            String value,
            boolean bold,
            boolean bullet,
            int depth,
            Logical l,
            boolean hasChildren,
            List<Ctx> stack,
            boolean first) {
        String k = key == null ? null : Text.plain(key).replace(" ", "");
        String kRaw = key == null ? null : Text.plain(key);
        // plain text (no key): continuation of an open field, or a remark of the current context
        if (k == null) {
            popTo(stack, bullet ? depth : -1);
            if (openFieldCtx != null && (bullet && depth > openFieldDepth || !bullet)) {
                appendField(openFieldCtx, openFieldKey, value, l);
            } else {
                Ctx c = top(stack);
                if (c == stack.get(0) && first && !bullet) {
                    title = Text.plain(value);
                    Ctx t = new Ctx(-1, title, l.first());
                    t.category = title;
                    stack.add(t);
                } else {
                    addStatuses(c, StatusParser.findWithEmoji(value), l);
                    c.other.add(new Model.Field("text", Text.plain(value), l.first()));
                    touch(c, l);
                }
            }
            return;
        }
        boolean plainBulletUnderField = !bold && bullet && openFieldCtx != null && depth > openFieldDepth;
        if (plainBulletUnderField) {
            appendField(openFieldCtx, openFieldKey, kRaw + "：" + value, l);
            return;
        }
        openFieldCtx = null;
        int d = bullet ? depth : -1;
        popTo(stack, d);
        Ctx parent = top(stack);
        boolean isField =
                bullet ? FIELD_KEYS.contains(k) : TOP_FIELD_KEYS.contains(k) || (!bold && FIELD_KEYS.contains(k));
        boolean valueHasStatus = !StatusParser.findWithEmoji(value).isEmpty();
        boolean fieldWins = STATUS_KEYS.contains(k)
                || !bullet
                || (!hasChildren && !(valueHasStatus && !TOP_FIELD_KEYS.contains(k)))
                || (hasChildren && TOP_FIELD_KEYS.contains(k));
        if (isField && fieldWins) {
            if (!bullet && d == -1 && parent == stack.get(0) && stack.size() == 1 && !isAssessmentLevel(k)) {
                rootField(k, kRaw, value, l);
            } else {
                field(parent, k, kRaw, value, l);
            }
            if (value.isBlank()) {
                openFieldCtx = parent;
                openFieldKey = k;
                openFieldDepth = d;
            }
            return;
        }
        // a subject: opens a context
        if (first && !bullet) {
            title = Text.plain(kRaw + (value.isBlank() ? "" : "：" + value));
        }
        String v = value;
        List<StatusParser.Found> st =
                v.strip().length() <= 10 ? StatusParser.findInStatusValue(v) : StatusParser.findWithEmoji(v);
        String cleaned = cleanSubject(v, st);
        String subject;
        if (cleaned.isEmpty()) subject = Text.plain(kRaw);
        else if (CATEGORY_KEYS.contains(k)) subject = cleaned;
        else subject = Text.plain(kRaw) + "：" + cleaned;
        Ctx c = new Ctx(d, subject, l.first());
        c.category =
                ClaimClassifier.fromCategory(kRaw) != null ? kRaw : parent.category != null ? parent.category : title;
        c.lastLine = l.last();
        stack.add(c);
        if (!st.isEmpty()) {
            addStatuses(c, st, l);
        }
        // inline fields inside the value: 来源类型：内部测试，验证性：⚠️ 部分可验证
        Matcher im = BlockLines.INLINE_FIELD.matcher(v);
        List<int[]> spots = new ArrayList<>();
        while (im.find()) spots.add(new int[] {im.start(), im.end()});
        for (int s = 0; s < spots.size(); s++) {
            int end = s + 1 < spots.size() ? spots.get(s + 1)[0] : v.length();
            String ik = v.substring(spots.get(s)[0], spots.get(s)[1]).replaceAll("[：:\\s]", "");
            String iv = v.substring(spots.get(s)[1], end).replaceAll("[，,；;\\s]+$", "");
            if (STATUS_KEYS.contains(ik)) {
                if (st.isEmpty()
                        || !StatusParser.findInStatusValue(iv).isEmpty()
                                && StatusParser.findWithEmoji(iv).isEmpty()) {
                    field(c, ik, ik, iv, l);
                }
            } else {
                field(c, ik, ik, iv, l);
            }
        }
        for (Model.VersionMention vm : VersionParser.find(subject, l.first()))
            if (!c.versions.contains(vm)) c.versions.add(vm);
        for (Model.VersionMention vm : VersionParser.find(Text.plain(v), l.first()))
            if (!c.versions.contains(vm)) c.versions.add(vm);
        if (!st.isEmpty() || !spots.isEmpty()) c.used = true;
        if (!hasChildren && !c.used && (bullet || !first)) {
            // a leaf subject with nothing attached: keep it as a field of its parent
            c.other.add(new Model.Field(Text.plain(kRaw), Text.plain(v), l.first()));
            c.used = true;
        }
        for (String u : UrlScanner.urls(v)) c.urls.add(new Model.UrlMention(u, l.first()));
    }

    private static boolean isAssessmentLevel(String k) {
        return STATUS_KEYS.contains(k) || k.equals("来源类型") || k.equals("判断依据");
    }

    private void rootField(String k, String kRaw, String value, Logical l) {
        String v = Text.plain(value);
        blockFields.add(new Model.Field(kRaw, v, l.first()));
        if (k.equals("更新日期")) {
            LocalDate d = UrlScanner.firstDate(value);
            if (d == null) problems.add("unreadable 更新日期 '" + Text.clip(v, 40) + "' at line " + l.first());
            else if (blockUpdated == null) blockUpdated = d;
        } else if (k.equals("测试环境") || k.equals("验证环境")) {
            blockEnv = v.isEmpty() ? blockEnv : v;
        } else if (k.equals("验证方法") || k.equals("来源") || k.equals("来源链接")) {
            for (String u : UrlScanner.urls(value)) rootUrls.add(new Model.UrlMention(u, l.first()));
        }
    }

    private void appendField(Ctx c, String k, String value, Logical l) {
        String v = Text.plain(value);
        if (c.depth == -2 && !c.used) {
            // root: block-level field continued
            for (int i = blockFields.size() - 1; i >= 0; i--) {
                Model.Field f = blockFields.get(i);
                if (f.key().replace(" ", "").equals(k)) {
                    blockFields.set(
                            i, new Model.Field(f.key(), f.value().isEmpty() ? v : f.value() + "；" + v, f.line()));
                    break;
                }
            }
            if (k.equals("测试环境") || k.equals("验证环境"))
                blockEnv = blockEnv == null || blockEnv.isEmpty() ? v : blockEnv + "；" + v;
            if (k.equals("验证方法") || k.equals("来源") || k.equals("来源链接")) {
                // urls of a root-level method list belong to the block: keep them in a root assessment-less list
                for (String u : UrlScanner.urls(value)) rootUrls.add(new Model.UrlMention(u, l.first()));
            }
            return;
        }
        field(c, k, k, value, l);
    }

    private final List<Model.UrlMention> rootUrls = new ArrayList<>();

    private void field(Ctx c, String k, String kRaw, String value, Logical l) {
        String v = Text.plain(value);
        if (c.depth == -2 && !c.used && !isAssessmentLevel(k)) {
            rootField(k, kRaw, value, l);
            return;
        }
        touch(c, l);
        switch (k) {
            case "验证性", "验证状态" -> {
                List<StatusParser.Found> st = StatusParser.findInStatusValue(value);
                if (st.isEmpty()) {
                    if (v.isEmpty()) problems.add("empty " + k + " field at line " + l.first());
                    else problems.add("unrecognised status '" + Text.clip(v, 40) + "' at line " + l.first());
                    c.other.add(new Model.Field(kRaw, v, l.first()));
                }
                addStatuses(c, st, l);
            }
            case "来源类型" -> {
                String noParen = v.replaceAll("[（(][^）)]*[）)]?", "");
                for (String part : noParen.split("[/／、]")) {
                    String p = part.strip();
                    if (!p.isEmpty()) c.sourceTypes.add(p);
                }
                if (c.sourceTypes.isEmpty() && !v.isEmpty()) c.sourceTypes.add(v);
                if (!noParen.equals(v)) c.other.add(new Model.Field("来源类型说明", v, l.first()));
            }
            case "验证方法", "来源", "来源链接" -> {
                List<String> urls = UrlScanner.urls(value);
                for (String u : urls) c.urls.add(new Model.UrlMention(u, l.first()));
                String rest = v;
                for (String u : urls) rest = rest.replace(u, "");
                rest = rest.replaceAll("[<>()（）\\[\\]]", " ")
                        .replaceAll("\\s+", " ")
                        .strip();
                if (!rest.isEmpty() && !rest.matches("[，,；;:：\\s]*")) {
                    if (k.equals("验证方法")) c.methods.add(v);
                    else c.other.add(new Model.Field(kRaw, v, l.first()));
                } else if (urls.isEmpty() && v.isEmpty()) {
                    // filled by the following bullets
                } else if (!k.equals("验证方法")) {
                    c.other.add(new Model.Field(kRaw, v, l.first()));
                }
            }
            case "测试环境", "验证环境" -> c.env = c.env == null || c.env.isEmpty() ? v : c.env + "；" + v;
            case "备注" -> c.remark = c.remark == null ? v : c.remark + "；" + v;
            case "判断依据" -> c.basis = c.basis == null || c.basis.isEmpty() ? v : c.basis + "；" + v;
            case "更新日期" -> {
                LocalDate d = UrlScanner.firstDate(value);
                if (d == null) problems.add("unreadable 更新日期 '" + Text.clip(v, 40) + "' at line " + l.first());
                if (c.updated == null) {
                    c.updated = d;
                }
            }
            default -> {
                c.other.add(new Model.Field(kRaw, v, l.first()));
                addStatuses(c, StatusParser.findWithEmoji(value), l);
                for (String u : UrlScanner.urls(value)) c.urls.add(new Model.UrlMention(u, l.first()));
            }
        }
        c.versions.addAll(VersionParser.find(v, l.first()));
    }

    private static void touch(Ctx c, Logical l) {
        c.used = true;
        c.lastLine = Math.max(c.lastLine, l.last());
    }

    private static void addStatuses(Ctx c, List<StatusParser.Found> st, Logical l) {
        for (StatusParser.Found f : st) {
            c.statuses.add(new Model.StatusAssertion(f.status(), f.phrase(), f.qualifier(), lineOf(l, f)));
            c.used = true;
        }
        if (!st.isEmpty()) c.lastLine = Math.max(c.lastLine, l.last());
    }

    /** Line of a status inside a wrapped logical line: approximated by the first line. */
    private static int lineOf(Logical l, StatusParser.Found f) {
        return l.first();
    }

    private void popTo(List<Ctx> stack, int depth) {
        while (stack.size() > 1 && stack.get(stack.size() - 1).depth >= depth) {
            finish(stack.remove(stack.size() - 1));
        }
    }

    private static Ctx top(List<Ctx> stack) {
        return stack.get(stack.size() - 1);
    }

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
        Matcher im = BlockLines.INLINE_FIELD.matcher(s);
        if (im.find()) s = s.substring(0, im.start());
        return Text.plain(s).replaceAll("[，,；;：:\\s]+$", "").strip();
    }
}
