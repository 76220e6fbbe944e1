package org.claimgraph.corpus;

import org.claimgraph.extract.VerificationStatus;
import static org.claimgraph.corpus.Vocabulary.pick;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Writes one synthetic note. Each section kind is one method; every method counts exactly what
 * it writes into {@link ExpectedCounts} so the counts are true by construction. Status phrases
 * appear only in status positions (验证性 / 验证状态 fields, or right after a bold subject), one
 * per line; emoji elsewhere are decoys that must not become statuses.
 */
final class NoteGenerator {
    private final SplittableRandom r;
    private final ExpectedCounts c;
    private final NoteBuffer b = new NoteBuffer();
    private final Set<String> noteUrls = new LinkedHashSet<>();
    private final Set<String> usedFigures = new HashSet<>();
    private final List<PerfRow> perfRows = new ArrayList<>();
    private final LocalDate noteDate;
    private final int noteNumber;
    private final int totalNotes;
    private int h2 = 0;

    /** A performance table row whose figures a later line reference can quote. */
    private record PerfRow(int line, String metric, String a, String b) {}

    NoteGenerator(SplittableRandom random, ExpectedCounts counts, int noteNumber, int totalNotes) {
        this.r = random;
        this.c = counts;
        this.noteNumber = noteNumber;
        this.totalNotes = totalNotes;
        this.noteDate = LocalDate.of(2025, 1, 1).plusDays(r.nextInt(330));
    }

    /** Generates the note and returns its text. */
    String generate() {
        c.inc(ExpectedCounts.NOTES);
        if (r.nextInt(4) == 0) frontmatter();
        header();
        int sections = 4 + r.nextInt(5);
        boolean perfDone = false;
        for (int i = 0; i < sections; i++) {
            int kind = i == 0 ? 0 : r.nextInt(11);
            switch (kind) {
                case 0, 1 -> { performance(); perfDone = true; }
                case 2 -> prose();
                case 3 -> versions();
                case 4 -> businessCases();
                case 5 -> graph();
                case 6 -> mindmap();
                case 7 -> timeline();
                case 8 -> maturity();
                case 9 -> inlineAndQuote();
                default -> tuplesAndDecoys();
            }
        }
        if (perfDone) summaryWithReferences();
        String text = b.text();
        for (Vocabulary.Tool t : Vocabulary.TOOLS) {
            if (text.contains(t.written())) c.tool(t.canonical());
        }
        c.add(ExpectedCounts.URLS_PER_NOTE, noteUrls.size());
        c.add(ExpectedCounts.LINES, b.size());
        return text;
    }

    // ---------------------------------------------------------------- header

    private void frontmatter() {
        c.inc(ExpectedCounts.FRONTMATTER_NOTES);
        b.add("---");
        b.add("title: " + pick(r, Vocabulary.TOPICS) + " 笔记 " + noteNumber);
        b.add("tags: [cloud-native, " + (r.nextBoolean() ? "wasm" : "k8s") + "]");
        b.add("created: " + noteDate.minusDays(30 + r.nextInt(60)));
        b.add("---");
        b.blank();
    }

    private void header() {
        String topic = pick(r, Vocabulary.TOPICS);
        heading(1, topic + "：" + pick(r, Vocabulary.TOOLS).written() + " 与 " + pick(r, Vocabulary.TOOLS).written()
                + " 的技术梳理（" + noteNumber + "）");
        b.blank();
        int total = 20 + r.nextInt(60);
        int done = total - r.nextInt(4);
        int pct = (int) Math.round(100.0 * done / total);
        b.add("> **文档版本**：v1." + r.nextInt(9) + " **最后更新**：" + noteDate
                + " **标注状态**：✅ 标注接近完成（约 " + pct + "%，" + done + "/" + total + "+ 处已完成）");
        c.inc(ExpectedCounts.COVERAGE_CLAIMS);
        c.inc(ExpectedCounts.DECOY_EMOJI);
        b.blank();
        b.add(pick(r, Vocabulary.OPENERS) + "，" + topic + " 的核心问题是" + pick(r, Vocabulary.JUDGEMENTS)
                + "，下面按层拆开说明。");
        if (noteNumber > 1 && r.nextInt(3) == 0) {
            b.add("相关笔记：[[note-" + String.format(Locale.ROOT, "%05d", 1 + r.nextInt(Math.max(1, noteNumber - 1)))
                    + "]]");
            c.inc(ExpectedCounts.WIKILINKS);
        }
        b.blank();
        b.add("---");
        b.blank();
    }

    private void heading(int level, String text) {
        b.add("#".repeat(level) + " " + text);
        c.inc(ExpectedCounts.SECTIONS);
    }

    private void h2(String text) {
        h2++;
        heading(2, h2 + ". " + text);
        b.blank();
    }

    // ---------------------------------------------------------------- statuses

    static final String[] STATUS_KEYS = CorpusGenerator.STATUS_NOTATIONS;

    /** Writes {@code prefix + "**验证性**：" + phrase}; counts one status assertion. */
    private void statusField(String prefix, String status) {
        String field = r.nextInt(5) == 0 ? "验证状态" : "验证性";
        b.add(prefix + "**" + field + "**" + colon() + phrase(status, true));
    }

    private String colon() {
        if (r.nextInt(10) == 0) {
            c.inc(ExpectedCounts.HALF_WIDTH_COLONS);
            return ": ";
        }
        return "：";
    }

    /**
     * The status phrase with a variant spelling and qualifier; counts the assertion. Emoji-less
     * spellings are written only after a 验证性/验证状态 key ({@code inField}), where they are
     * unambiguous; after a bold subject the emoji is what marks a status.
     */
    private String phrase(String status, boolean inField) {
        c.inc(ExpectedCounts.STATUS_ASSERTIONS);
        c.inc(ExpectedCounts.STATUS_PREFIX + status);
        int v = r.nextInt(10);
        VerificationStatus s = VerificationStatus.ofNotation(status).orElseThrow(() -> new IllegalArgumentException(status));
        return switch (s) {
            case VERIFIED -> (v < 8 ? "✅ 已验证" : "✅已验证") + qualifier(Vocabulary.QUALIFIERS_PUBLIC);
            case PUBLICLY_VERIFIABLE -> "✅ 公开可验证" + qualifier(Vocabulary.QUALIFIERS_PUBLIC);
            case PARTIALLY_VERIFIABLE -> warn(v, "部分可验证", inField) + qualifier(Vocabulary.QUALIFIERS_PARTIAL);
            case PENDING -> warn(v, v % 3 == 0 ? "待确认" : v % 3 == 1 ? "需要验证" : "待验证", inField)
                    + qualifier(Vocabulary.QUALIFIERS_PENDING);
            case UNVERIFIABLE -> (v < 8 ? "❌ 无法验证" : "❌无法验证");
            default -> s.phrase(); // a status without spelling variants: its canonical phrase
        };
    }

    private String warn(int v, String words, boolean inField) {
        if (v == 7) {
            c.inc(ExpectedCounts.STATUS_WITHOUT_VS16);
            return "⚠ " + words;
        }
        if (v == 8 && inField && !words.equals("需要验证")) {
            c.inc(ExpectedCounts.STATUS_WITHOUT_EMOJI);
            return words;
        }
        return "⚠️ " + words;
    }

    private String qualifier(List<String> options) {
        return pick(r, options);
    }

    private String randomStatus() {
        int x = r.nextInt(100);
        if (x < 15) return VerificationStatus.VERIFIED.notation();
        if (x < 35) return VerificationStatus.PUBLICLY_VERIFIABLE.notation();
        if (x < 70) return VerificationStatus.PARTIALLY_VERIFIABLE.notation();
        if (x < 88) return VerificationStatus.PENDING.notation();
        return VerificationStatus.UNVERIFIABLE.notation();
    }

    private void updated(String prefix) {
        LocalDate d = r.nextInt(25) == 0 ? noteDate.plusDays(1 + r.nextInt(40)) : noteDate.minusDays(r.nextInt(200));
        if (d.isAfter(noteDate)) c.inc(ExpectedCounts.UPDATE_DATES_AFTER_NOTE_DATE);
        c.inc(ExpectedCounts.UPDATE_DATES);
        b.add(prefix + "**更新日期**" + "：" + d);
    }

    private void url(String prefix, String url) {
        b.add(prefix + "**验证方法**：<" + url + ">");
        countUrl(url);
    }

    private void countUrl(String url) {
        c.inc(ExpectedCounts.URL_OCCURRENCES);
        c.url(url);
        noteUrls.add(url);
    }

    private void block(String form) {
        c.inc(ExpectedCounts.PROVENANCE_BLOCKS);
        c.inc(ExpectedCounts.FORM_PREFIX + form);
    }

    private Vocabulary.Tool tool() {
        return pick(r, Vocabulary.TOOLS);
    }

    private void maybeSectionNote() {
        if (r.nextInt(3) == 0) {
            b.add("> **⚠️ 来源标注说明**：本节数据均已标注测试环境和验证状态。");
            b.blank();
            c.inc(ExpectedCounts.DECOY_EMOJI);
        }
    }

    // ---------------------------------------------------------------- performance table

    private String fmt(double v) {
        if (v >= 100) return Long.toString(Math.round(v));
        if (v >= 10) return String.format(Locale.ROOT, "%.1f", v).replaceAll("\\.0$", "");
        return String.format(Locale.ROOT, "%.2f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    /** A figure with its unit that does not occur earlier in this note. */
    private String figure(double v, String unit) {
        v = Math.max(v, 0.01);
        for (int i = 0; ; i++) {
            String n = fmt(v);
            if (freshNumber(n)) {
                usedFigures.add(n);
                return n + " " + unit;
            }
            v = v * 1.07 + 0.13 * (i + 1);
        }
    }

    /** True when {@code n} is neither a used number nor a digit suffix of one (13 in 113), nor vice versa. */
    private boolean freshNumber(String n) {
        for (String u : usedFigures) {
            if (u.endsWith(n) || n.endsWith(u)) return false;
        }
        return true;
    }

    private void performance() {
        String hw = pick(r, Vocabulary.HARDWARE);
        String load = pick(r, Vocabulary.LOADS);
        String base = pick(r, Vocabulary.BASELINES);
        String cand = pick(r, Vocabulary.CANDIDATES);
        h2("性能对比（" + hw + "，" + load + "）");
        maybeSectionNote();
        b.add("| 指标 | " + base + " | " + cand + " | 对比 |");
        b.add("| ---- | ---- | ---- | ---- |");
        c.inc(ExpectedCounts.TABLES);
        c.inc(ExpectedCounts.PERFORMANCE_TABLES);
        List<Vocabulary.Metric> metrics = new ArrayList<>(Vocabulary.METRICS);
        int rows = 3 + r.nextInt(3);
        List<PerfRow> written = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            Vocabulary.Metric m = metrics.remove(r.nextInt(metrics.size()));
            double a = m.low() + r.nextDouble() * (m.high() - m.low());
            double factor = 1.5 + r.nextInt(40) + r.nextInt(10) / 10.0;
            double bv = m.smallerIsBetter() ? a / factor : a * factor;
            if (m.unit().equals("%")) bv = Math.max(1, Math.min(99, m.smallerIsBetter() ? a / factor : a * 1.1));
            String fa = figure(a, m.unit());
            String fb = figure(bv, m.unit());
            double aa = Double.parseDouble(fa.substring(0, fa.indexOf(' ')));
            double bb = Double.parseDouble(fb.substring(0, fb.indexOf(' ')));
            double ratio = m.smallerIsBetter() ? aa / bb : bb / aa;
            boolean wrong = r.nextInt(8) == 0;
            double stated = wrong ? ratio * (2.5 + r.nextInt(3)) : ratio;
            String cmp;
            if (m.unit().equals("%")) {
                cmp = "↓" + Math.round(100 * (1 - bb / aa)) + "%";
                wrong = false;
            } else {
                cmp = fmt(stated) + " × " + (m.smallerIsBetter() ? "更小" : "更高");
            }
            c.inc(ExpectedCounts.MULTIPLIERS);
            if (wrong) c.inc(ExpectedCounts.MULTIPLIER_MISMATCHES);
            int line = b.add("| " + m.name() + " | " + fa + " | " + fb + " | " + cmp + " |");
            c.inc(ExpectedCounts.TABLE_BODY_ROWS);
            written.add(new PerfRow(line, m.name(), fa, fb));
        }
        b.blank();
        // the comment + quote block annotating the table
        block("comment-quote");
        b.add("<!-- 来源标注 -->");
        if (r.nextBoolean()) b.blank();
        b.add("> **性能数据标注**：" + base + " vs " + cand);
        b.add(">");
        b.add("> **测试环境**：");
        b.add(">");
        b.add("> - 硬件：" + hw);
        b.add("> - 负载：" + load);
        b.add(">");
        b.add("> **性能指标**：");
        b.add(">");
        for (PerfRow p : written) {
            b.add("> - **" + p.metric() + "**：" + p.a() + " vs " + p.b());
            b.add(">");
            b.add(">   - **来源类型**：" + pick(r, Vocabulary.SOURCE_TYPES));
            statusField(">   - ", r.nextInt(5) == 0 ? randomStatus() : VerificationStatus.PARTIALLY_VERIFIABLE.notation());
            b.add(">");
        }
        b.add("> **备注**：所有数据可在相同硬件上复测，结果随负载波动。");
        b.add(">");
        updated("> ");
        b.blank();
        perfRows.addAll(written);
    }

    // ---------------------------------------------------------------- prose with indented blocks

    private void prose() {
        h2(pick(r, Vocabulary.TOPICS) + "：逐条论证");
        int items = 2 + r.nextInt(3);
        for (int i = 0; i < items; i++) {
            Vocabulary.Tool t = tool();
            double v = 0.1 + r.nextInt(900) / 10.0;
            String fig = figure(v, r.nextBoolean() ? "ms" : "MB");
            b.add("- " + pick(r, Vocabulary.OPENERS) + "，" + t.written() + " 在" + pick(r, Vocabulary.TOPICS)
                    + "里把开销" + pick(r, Vocabulary.VERBS) + " " + fig + "，" + pick(r, Vocabulary.JUDGEMENTS) + "。");
            b.blank();
            block("indented");
            b.add("  <!-- 来源标注 -->");
            b.blank();
            if (r.nextBoolean()) {
                b.add("  > **性能数据**：" + t.written() + " " + fig);
                b.add("  >");
                b.add("  > - **来源类型**：" + pick(r, Vocabulary.SOURCE_TYPES));
                statusField("  > - ", randomStatus());
                if (r.nextInt(3) == 0) b.add("  > - **测试环境**：" + pick(r, Vocabulary.HARDWARE));
                updated("  > - ");
            } else {
                // several inline sub-items in one block
                b.add("  > **性能数据**：");
                b.add("  >");
                int subs = 2 + r.nextInt(2);
                for (int k = 0; k < subs; k++) {
                    String f = figure(1 + r.nextInt(500) / 7.0, r.nextBoolean() ? "ms" : "%");
                    b.add("  > - **" + pick(r, Vocabulary.TOOLS).written() + " " + f + "**：来源类型："
                            + pick(r, Vocabulary.SOURCE_TYPES) + "，验证性" + colon() + phrase(randomStatus(), true));
                }
                updated("  > - ");
            }
            b.blank();
        }
    }

    // ---------------------------------------------------------------- versions

    private void versions() {
        h2("版本与发行：" + pick(r, Vocabulary.TOPICS));
        int n = 2 + r.nextInt(3);
        List<String[]> vs = new ArrayList<>();
        StringBuilder prose = new StringBuilder("本节涉及 ");
        for (int i = 0; i < n; i++) {
            Vocabulary.Tool t = tool();
            String ver = pick(r, t.versions());
            c.version(t.canonical(), ver);
            vs.add(new String[] {t.written(), ver, t.url()});
            prose.append(i == 0 ? "" : "、").append(t.written()).append(' ').append(ver);
        }
        b.add(prose.append("，升级前先确认兼容矩阵。").toString());
        b.blank();
        block("comment-quote");
        b.add("<!-- 来源标注 -->");
        b.blank();
        b.add("> **版本信息标注**：");
        b.add(">");
        for (String[] v : vs) {
            String st = r.nextInt(3) == 0 ? VerificationStatus.VERIFIED.notation() : r.nextBoolean() ? VerificationStatus.PENDING.notation() : VerificationStatus.PUBLICLY_VERIFIABLE.notation();
            b.add("> - **" + v[0] + " " + v[1] + "**" + colon() + phrase(st, false));
            b.add(">");
            url(">   - ", v[2]);
            if (st.equals(VerificationStatus.VERIFIED.notation()) && r.nextInt(3) == 0) {
                b.add(">   - **备注**：需要验证该版本在 ARM64 上的行为");
                c.inc(ExpectedCounts.VERIFIED_BUT_NEEDS_CHECK);
            }
            b.add(">");
        }
        updated("> ");
        b.blank();
    }

    private void businessCases() {
        h2("商业案例：" + pick(r, Vocabulary.TOPICS));
        int n = 1 + r.nextInt(3);
        List<String> cases = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String cs = pick(r, Vocabulary.COMPANIES) + "用 " + tool().written() + " " + pick(r, Vocabulary.OUTCOMES);
            cases.add(cs);
            b.add("- " + cs + "。");
            c.inc(ExpectedCounts.BUSINESS_CASES);
        }
        b.blank();
        block("comment-quote");
        b.add("<!-- 来源标注 -->");
        b.blank();
        b.add("> **商业案例标注**：");
        b.add(">");
        for (String cs : cases) {
            b.add("> - **" + cs + "**：");
            b.add(">");
            b.add(">   - **来源类型**：内部资料");
            statusField(">   - ", VerificationStatus.UNVERIFIABLE.notation());
            b.add(">   - **备注**：来自业内交流，暂无公开材料");
            b.add(">");
        }
        updated("> ");
        b.blank();
        if (r.nextBoolean()) {
            b.add("✅ **结论**：" + pick(r, Vocabulary.JUDGEMENTS) + "。");
            b.blank();
            c.inc(ExpectedCounts.DECOY_EMOJI);
        }
    }

    // ---------------------------------------------------------------- mermaid

    private String node(int i) { return String.valueOf((char) ('A' + i)); }

    private void graph() {
        h2("总体定位：" + pick(r, Vocabulary.TOPICS));
        b.add("```mermaid");
        c.inc(ExpectedCounts.CODE_BLOCKS);
        b.add("graph TD");
        int nodes = 3 + r.nextInt(4);
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < nodes; i++) labels.add(tool().written());
        for (int i = 1; i < nodes; i++) {
            int from = r.nextInt(i);
            String edgeLabel = r.nextBoolean() ? "|" + pick(r, Vocabulary.SCENARIOS) + "|" : "";
            b.add("    " + node(from) + "[" + labels.get(from) + "] -->" + edgeLabel + " " + node(i) + "[" + labels.get(i) + "]");
            c.inc(ExpectedCounts.GRAPH_EDGES);
        }
        b.add("```");
        b.blank();
    }

    private void mindmap() {
        h2("思维导图：" + pick(r, Vocabulary.TOPICS));
        b.add("```mermaid");
        c.inc(ExpectedCounts.CODE_BLOCKS);
        b.add("mindmap");
        b.add("  root((" + pick(r, Vocabulary.TOPICS) + "))");
        c.inc(ExpectedCounts.MINDMAP_NODES);
        int branches = 2 + r.nextInt(3);
        List<String[]> perf = new ArrayList<>();
        for (int i = 0; i < branches; i++) {
            b.add("    " + pick(r, Vocabulary.SCENARIOS) + "场景" + (i + 1));
            c.inc(ExpectedCounts.MINDMAP_NODES);
            int leaves = 1 + r.nextInt(3);
            for (int k = 0; k < leaves; k++) {
                Vocabulary.Tool t = tool();
                String leaf = t.written() + (r.nextInt(3) == 0 ? " " + figure(1 + r.nextInt(300), "MB") : "");
                if (leaf.contains(" MB")) perf.add(new String[] {leaf});
                b.add("      " + leaf);
                c.inc(ExpectedCounts.MINDMAP_NODES);
            }
        }
        if (!perf.isEmpty() || r.nextInt(3) == 0) {
            // a provenance block written inside the fence, as notes sometimes do
            b.blank();
            block("code-fence");
            b.add("<!-- 来源标注 -->");
            b.add("> **性能数据标注**：导图中的资源占用");
            b.add(">");
            if (perf.isEmpty()) perf.add(new String[] {pick(r, Vocabulary.TOOLS).written() + " 资源占用"});
            for (String[] p : perf) {
                b.add("> - **" + p[0] + "**：");
                b.add(">   - **来源类型**：内部测试");
                statusField(">   - ", randomStatus());
                b.add(">");
            }
            updated("> ");
            b.blank();
            b.add("    收尾");
            c.inc(ExpectedCounts.MINDMAP_NODES);
        }
        b.add("```");
        b.blank();
    }

    // ---------------------------------------------------------------- timeline

    private void timeline() {
        h2("时间轴：" + pick(r, Vocabulary.TOPICS));
        int start = r.nextInt(Vocabulary.EVENTS.size() - 3);
        int n = 3 + r.nextInt(Math.min(4, Vocabulary.EVENTS.size() - start - 2));
        List<String> events = new ArrayList<>();
        int year = 1999 + start * 2;
        for (int i = 0; i < n; i++) {
            year += 1 + r.nextInt(3);
            String ev = year + " – " + Vocabulary.EVENTS.get(start + i);
            events.add(ev);
            b.add("- " + ev);
            c.inc(ExpectedCounts.TIMELINE_EVENTS);
        }
        b.blank();
        block("comment-quote");
        b.add("<!-- 来源标注 -->");
        b.blank();
        b.add("> **历史事件标注**：");
        b.add(">");
        for (String ev : events) {
            b.add("> - **" + ev + "**" + colon() + phrase(r.nextInt(6) == 0 ? VerificationStatus.PENDING.notation() : VerificationStatus.PUBLICLY_VERIFIABLE.notation(), false));
        }
        b.add(">");
        b.add("> **验证方法**：各项目官方博客与发布历史");
        b.add(">");
        updated("> ");
        b.blank();
    }

    // ---------------------------------------------------------------- maturity matrix

    private void maturity() {
        String layer = pick(r, Vocabulary.LAYERS);
        h2("成熟度矩阵示例（" + layer + "）");
        maybeSectionNote();
        boolean phased = r.nextInt(3) == 0;
        List<String> cols = new ArrayList<>();
        for (String s : Vocabulary.SCENARIOS) {
            if (phased) { cols.add(s + "-静"); cols.add(s + "-动"); } else cols.add(s);
        }
        StringBuilder head = new StringBuilder("| e\\s |");
        StringBuilder sep = new StringBuilder("| --- |");
        for (String col : cols) { head.append(' ').append(col).append(" |"); sep.append(" --- |"); }
        b.add(head.toString());
        b.add(sep.toString());
        c.inc(ExpectedCounts.TABLES);
        c.inc(ExpectedCounts.MATURITY_TABLES);
        int rows = 4 + r.nextInt(5);
        for (int i = 0; i < rows; i++) {
            StringBuilder row = new StringBuilder("| " + Vocabulary.ELEMENTS.get(i) + " |");
            for (int k = 0; k < cols.size(); k++) {
                if (r.nextInt(7) == 0) {
                    row.append(" … |");
                    c.inc(ExpectedCounts.MATURITY_MISSING_CELLS);
                } else {
                    row.append(' ').append(String.format(Locale.ROOT, "%.1f", r.nextInt(11) / 10.0)).append(" |");
                    c.inc(ExpectedCounts.MATURITY_OBSERVATIONS);
                }
            }
            b.add(row.toString());
            c.inc(ExpectedCounts.TABLE_BODY_ROWS);
        }
        b.blank();
        block("comment-quote");
        b.add("<!-- 来源标注 -->");
        b.blank();
        b.add("> **技术判断标注**：成熟度权重矩阵");
        b.add(">");
        b.add("> - **判断依据**：基于社区反馈与生产案例的综合评估（0-1 浮点）");
        b.add("> - **来源类型**：内部评估 / 技术判断");
        statusField("> - ", VerificationStatus.PARTIALLY_VERIFIABLE.notation());
        updated("> - ");
        b.blank();
    }

    // ---------------------------------------------------------------- inline and bare quote forms

    private void inlineAndQuote() {
        h2("技术判断：" + pick(r, Vocabulary.TOPICS));
        Vocabulary.Tool t = tool();
        b.add(t.written() + " " + pick(r, Vocabulary.JUDGEMENTS) + "，" + pick(r, Vocabulary.OPENERS)
                + "差异主要来自运行时与调度。");
        block("inline");
        b.add("来源类型：" + pick(r, Vocabulary.SOURCE_TYPES) + "，验证性" + colon() + phrase(randomStatus(), true)
                + "，更新日期：" + noteDate.minusDays(r.nextInt(90)));
        c.inc(ExpectedCounts.UPDATE_DATES);
        b.blank();
        Vocabulary.Tool u = tool();
        b.add("换个角度，" + u.written() + " " + pick(r, Vocabulary.JUDGEMENTS) + "。");
        b.blank();
        block("quote");
        b.add("> **技术判断**：" + u.written() + " " + pick(r, Vocabulary.JUDGEMENTS));
        b.add(">");
        b.add("> - **判断依据**：基于架构特性与社区案例");
        b.add("> - **来源类型**：技术判断");
        statusField("> - ", randomStatus());
        if (r.nextBoolean()) url("> - ", u.url());
        updated("> - ");
        b.blank();
    }

    // ---------------------------------------------------------------- tuples and decoys

    private void tuplesAndDecoys() {
        h2("知识图谱（RDF 三元组速记）");
        b.add("```text");
        c.inc(ExpectedCounts.CODE_BLOCKS);
        int n = 2 + r.nextInt(4);
        for (int i = 0; i < n; i++) {
            b.add("(" + pick(r, Vocabulary.ELEMENTS).substring(3) + ", " + (r.nextBoolean() ? "技术" : "场景") + ", "
                    + (r.nextBoolean() ? tool().written() : pick(r, Vocabulary.SCENARIOS)) + ")");
            c.inc(ExpectedCounts.TUPLES);
        }
        b.add("```");
        b.blank();
        // a support table whose ✅/⚠️ cells are not statuses
        b.add("| 能力 | " + pick(r, Vocabulary.TOOLS).written() + " | " + pick(r, Vocabulary.TOOLS).written() + " |");
        b.add("| ---- | ---- | ---- |");
        c.inc(ExpectedCounts.TABLES);
        int rows = 2 + r.nextInt(3);
        for (int i = 0; i < rows; i++) {
            b.add("| " + pick(r, Vocabulary.TOPICS) + " | ✅ | " + (r.nextBoolean() ? "✅" : "⚠️") + " |");
            c.add(ExpectedCounts.DECOY_EMOJI, 2);
            c.inc(ExpectedCounts.TABLE_BODY_ROWS);
        }
        b.blank();
        String link = pick(r, Vocabulary.TOOLS).url();
        b.add("延伸阅读：[项目主页](" + link + ")。");
        countUrl(link);
        b.blank();
    }

    // ---------------------------------------------------------------- summary with line references

    private void summaryWithReferences() {
        h2("一句话总结");
        List<PerfRow> refs = new ArrayList<>(perfRows);
        int n = Math.min(refs.size(), 1 + r.nextInt(3));
        List<PerfRow> chosen = new ArrayList<>();
        for (int i = 0; i < n; i++) chosen.add(refs.remove(r.nextInt(refs.size())));
        StringBuilder s = new StringBuilder("综合来看，");
        for (PerfRow p : chosen) s.append(p.metric()).append(" 从 ").append(p.a()).append(" 到 ").append(p.b()).append("，");
        b.add(s.append(pick(r, Vocabulary.JUDGEMENTS)).append("。").toString());
        b.blank();
        block("comment-quote");
        b.add("<!-- 来源标注 -->");
        b.blank();
        b.add("> **性能数据标注**：");
        b.add(">");
        for (PerfRow p : chosen) {
            b.add("> - **" + p.metric() + "**：");
            b.add(">");
            b.add(">   - **来源类型**：内部测试（参考前面的性能对比表格）");
            statusField(">   - ", VerificationStatus.PARTIALLY_VERIFIABLE.notation());
            int target = p.line();
            boolean drift = r.nextInt(3) == 0;
            if (drift) target = driftedTarget(p);
            String quoted = "（" + p.a() + " vs " + p.b() + "）";
            String ref;
            if (r.nextBoolean()) {
                ref = ">   - **参考**：第 " + target + " 行性能对比表格" + quoted;
            } else {
                int lo = Math.max(1, target - 1 - r.nextInt(2));
                int hi = target + 1 + r.nextInt(2);
                if (drift) { lo = target; hi = target; }
                ref = lo == hi ? ">   - 参考第 " + lo + " 行表格" + quoted
                        : ">   - 参考第 " + lo + "-" + hi + " 行表格" + quoted;
                if (!drift && (lo > p.line() || hi < p.line())) throw new IllegalStateException("range misses row");
                if (!drift) {
                    for (int l = lo; l <= hi; l++) {
                        if (l != p.line() && (b.line(l).contains(p.a()) || b.line(l).contains(p.b()))) {
                            throw new IllegalStateException("figure repeated near row");
                        }
                    }
                }
            }
            b.add(ref);
            c.inc(ExpectedCounts.LINE_REFERENCES);
            c.inc(drift ? ExpectedCounts.LINE_REFERENCES_DRIFTED : ExpectedCounts.LINE_REFERENCES_RESOLVED);
            b.add(">");
        }
        updated("> ");
        b.blank();
    }

    /** A line near the row that holds neither figure (the table moved, the reference did not). */
    private int driftedTarget(PerfRow p) {
        for (int attempt = 0; attempt < 50; attempt++) {
            int off = (2 + r.nextInt(12)) * (r.nextBoolean() ? 1 : -1);
            int t = p.line() + off;
            if (t < 1 || t >= b.next()) continue;
            String l = b.line(t);
            if (!l.contains(p.a()) && !l.contains(p.b())) return t;
        }
        return 1; // the title line never holds a figure
    }
}
