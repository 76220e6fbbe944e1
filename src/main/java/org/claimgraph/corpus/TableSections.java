package org.claimgraph.corpus;

import static org.claimgraph.corpus.Vocabulary.pick;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.claimgraph.extract.VerificationStatus;

/** For {@link NoteGenerator}: The table sections of a generated note: performance (with its provenance), versions, business cases, the maturity matrix, and the summary whose line references quote the performance rows. */
final class TableSections {
    private final NoteGenerator g;

    TableSections(NoteGenerator g) {
        this.g = g;
    }

    /** A performance table of 3 to 5 metrics, then the comment + quote block annotating it. */
    void performance() {
        String hw = pick(g.r, Vocabulary.HARDWARE);
        String load = pick(g.r, Vocabulary.LOADS);
        String base = pick(g.r, Vocabulary.BASELINES);
        String cand = pick(g.r, Vocabulary.CANDIDATES);
        g.h2("性能对比（" + hw + "，" + load + "）");
        g.maybeSectionNote();
        g.b.add("| 指标 | " + base + " | " + cand + " | 对比 |");
        g.b.add("| ---- | ---- | ---- | ---- |");
        g.c.inc(ExpectedCounts.TABLES);
        g.c.inc(ExpectedCounts.PERFORMANCE_TABLES);
        List<Vocabulary.Metric> metrics = new ArrayList<>(Vocabulary.METRICS);
        int rows = 3 + g.r.nextInt(3);
        List<NoteGenerator.PerfRow> written = new ArrayList<>();
        for (int i = 0; i < rows; i++) written.add(performanceRow(metrics.remove(g.r.nextInt(metrics.size()))));
        g.b.blank();
        performanceBlock(base + " vs " + cand, hw, load, written);
        g.perfRows.addAll(written);
    }

    /** One row: two figures and their comparison, stated wrongly one time in eight (not for percentages). */
    private NoteGenerator.PerfRow performanceRow(Vocabulary.Metric m) {
        double a = m.low() + g.r.nextDouble() * (m.high() - m.low());
        double factor = 1.5 + g.r.nextInt(40) + g.r.nextInt(10) / 10.0;
        double bv = m.smallerIsBetter() ? a / factor : a * factor;
        if (m.unit().equals("%")) bv = Math.max(1, Math.min(99, m.smallerIsBetter() ? a / factor : a * 1.1));
        String fa = g.figure(a, m.unit());
        String fb = g.figure(bv, m.unit());
        double aa = Double.parseDouble(fa.substring(0, fa.indexOf(' ')));
        double bb = Double.parseDouble(fb.substring(0, fb.indexOf(' ')));
        double ratio = m.smallerIsBetter() ? aa / bb : bb / aa;
        boolean wrong = g.r.nextInt(8) == 0;
        double stated = wrong ? ratio * (2.5 + g.r.nextInt(3)) : ratio;
        String cmp;
        if (m.unit().equals("%")) {
            cmp = "↓" + Math.round(100 * (1 - bb / aa)) + "%";
            wrong = false;
        } else {
            cmp = g.fmt(stated) + " × " + (m.smallerIsBetter() ? "更小" : "更高");
        }
        g.c.inc(ExpectedCounts.MULTIPLIERS);
        if (wrong) g.c.inc(ExpectedCounts.MULTIPLIER_MISMATCHES);
        int line = g.b.add("| " + m.name() + " | " + fa + " | " + fb + " | " + cmp + " |");
        g.c.inc(ExpectedCounts.TABLE_BODY_ROWS);
        return new NoteGenerator.PerfRow(line, m.name(), fa, fb);
    }

    /** The comment + quote block annotating the table: environment, then one assessment per row. */
    private void performanceBlock(String title, String hw, String load, List<NoteGenerator.PerfRow> rows) {
        g.commentQuote("性能数据标注", title, g.r.nextBoolean());
        g.b.add("> **测试环境**：");
        g.b.add(">");
        g.b.add("> - 硬件：" + hw);
        g.b.add("> - 负载：" + load);
        g.b.add(">");
        g.b.add("> **性能指标**：");
        g.b.add(">");
        for (NoteGenerator.PerfRow p : rows) {
            g.b.add("> - **" + p.metric() + "**：" + p.a() + " vs " + p.b());
            g.b.add(">");
            g.b.add(">   - **来源类型**：" + pick(g.r, Vocabulary.SOURCE_TYPES));
            g.statusField(
                    ">   - ",
                    g.r.nextInt(5) == 0 ? g.randomStatus() : VerificationStatus.PARTIALLY_VERIFIABLE.notation());
            g.b.add(">");
        }
        g.b.add("> **备注**：所有数据可在相同硬件上复测，结果随负载波动。");
        g.b.add(">");
        g.closeQuote();
    }

    void versions() {
        g.h2("版本与发行：" + pick(g.r, Vocabulary.TOPICS));
        int n = 2 + g.r.nextInt(3);
        List<String[]> vs = new ArrayList<>();
        StringBuilder prose = new StringBuilder("本节涉及 ");
        for (int i = 0; i < n; i++) {
            Vocabulary.Tool t = g.tool();
            String ver = pick(g.r, t.versions());
            g.c.version(t.canonical(), ver);
            vs.add(new String[] {t.written(), ver, t.url()});
            prose.append(i == 0 ? "" : "、").append(t.written()).append(' ').append(ver);
        }
        g.b.add(prose.append("，升级前先确认兼容矩阵。").toString());
        g.b.blank();
        g.commentQuote("版本信息标注", "", true);
        for (String[] v : vs) {
            String st = g.r.nextInt(3) == 0
                    ? VerificationStatus.VERIFIED.notation()
                    : g.r.nextBoolean()
                            ? VerificationStatus.PENDING.notation()
                            : VerificationStatus.PUBLICLY_VERIFIABLE.notation();
            g.b.add("> - **" + v[0] + " " + v[1] + "**" + g.colon() + g.phrase(st, false));
            g.b.add(">");
            g.url(">   - ", v[2]);
            if (st.equals(VerificationStatus.VERIFIED.notation()) && g.r.nextInt(3) == 0) {
                g.b.add(">   - **备注**：需要验证该版本在 ARM64 上的行为");
                g.c.inc(ExpectedCounts.VERIFIED_BUT_NEEDS_CHECK);
            }
            g.b.add(">");
        }
        g.closeQuote();
    }

    void businessCases() {
        g.h2("商业案例：" + pick(g.r, Vocabulary.TOPICS));
        int n = 1 + g.r.nextInt(3);
        List<String> cases = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String cs =
                    pick(g.r, Vocabulary.COMPANIES) + "用 " + g.tool().written() + " " + pick(g.r, Vocabulary.OUTCOMES);
            cases.add(cs);
            g.b.add("- " + cs + "。");
            g.c.inc(ExpectedCounts.BUSINESS_CASES);
        }
        g.b.blank();
        g.commentQuote("商业案例标注", "", true);
        for (String cs : cases) {
            g.b.add("> - **" + cs + "**：");
            g.b.add(">");
            g.b.add(">   - **来源类型**：内部资料");
            g.statusField(">   - ", VerificationStatus.UNVERIFIABLE.notation());
            g.b.add(">   - **备注**：来自业内交流，暂无公开材料");
            g.b.add(">");
        }
        g.closeQuote();
        if (g.r.nextBoolean()) {
            g.b.add("✅ **结论**：" + pick(g.r, Vocabulary.JUDGEMENTS) + "。");
            g.b.blank();
            g.c.inc(ExpectedCounts.DECOY_EMOJI);
        }
    }

    void maturity() {
        String layer = pick(g.r, Vocabulary.LAYERS);
        g.h2("成熟度矩阵示例（" + layer + "）");
        g.maybeSectionNote();
        boolean phased = g.r.nextInt(3) == 0;
        List<String> cols = new ArrayList<>();
        for (String s : Vocabulary.SCENARIOS) {
            if (phased) {
                cols.add(s + "-静");
                cols.add(s + "-动");
            } else cols.add(s);
        }
        StringBuilder head = new StringBuilder("| e\\s |");
        StringBuilder sep = new StringBuilder("| --- |");
        for (String col : cols) {
            head.append(' ').append(col).append(" |");
            sep.append(" --- |");
        }
        g.b.add(head.toString());
        g.b.add(sep.toString());
        g.c.inc(ExpectedCounts.TABLES);
        g.c.inc(ExpectedCounts.MATURITY_TABLES);
        int rows = 4 + g.r.nextInt(5);
        for (int i = 0; i < rows; i++) {
            StringBuilder row = new StringBuilder("| " + Vocabulary.ELEMENTS.get(i) + " |");
            for (int k = 0; k < cols.size(); k++) {
                if (g.r.nextInt(7) == 0) {
                    row.append(" … |");
                    g.c.inc(ExpectedCounts.MATURITY_MISSING_CELLS);
                } else {
                    row.append(' ')
                            .append(String.format(Locale.ROOT, "%.1f", g.r.nextInt(11) / 10.0))
                            .append(" |");
                    g.c.inc(ExpectedCounts.MATURITY_OBSERVATIONS);
                }
            }
            g.b.add(row.toString());
            g.c.inc(ExpectedCounts.TABLE_BODY_ROWS);
        }
        g.b.blank();
        g.commentQuote("技术判断标注", "成熟度权重矩阵", true);
        g.b.add("> - **判断依据**：基于社区反馈与生产案例的综合评估（0-1 浮点）");
        g.b.add("> - **来源类型**：内部评估 / 技术判断");
        g.statusField("> - ", VerificationStatus.PARTIALLY_VERIFIABLE.notation());
        g.updated("> - ");
        g.b.blank();
    }

    void summaryWithReferences() {
        g.h2("一句话总结");
        List<NoteGenerator.PerfRow> refs = new ArrayList<>(g.perfRows);
        int n = Math.min(refs.size(), 1 + g.r.nextInt(3));
        List<NoteGenerator.PerfRow> chosen = new ArrayList<>();
        for (int i = 0; i < n; i++) chosen.add(refs.remove(g.r.nextInt(refs.size())));
        StringBuilder s = new StringBuilder("综合来看，");
        for (NoteGenerator.PerfRow p : chosen)
            s.append(p.metric())
                    .append(" 从 ")
                    .append(p.a())
                    .append(" 到 ")
                    .append(p.b())
                    .append("，");
        g.b.add(s.append(pick(g.r, Vocabulary.JUDGEMENTS)).append("。").toString());
        g.b.blank();
        g.commentQuote("性能数据标注", "", true);
        for (NoteGenerator.PerfRow p : chosen) {
            g.b.add("> - **" + p.metric() + "**：");
            g.b.add(">");
            g.b.add(">   - **来源类型**：内部测试（参考前面的性能对比表格）");
            g.statusField(">   - ", VerificationStatus.PARTIALLY_VERIFIABLE.notation());
            int target = p.line();
            boolean drift = g.r.nextInt(3) == 0;
            if (drift) target = driftedTarget(p);
            String quoted = "（" + p.a() + " vs " + p.b() + "）";
            String ref;
            if (g.r.nextBoolean()) {
                ref = ">   - **参考**：第 " + target + " 行性能对比表格" + quoted;
            } else {
                int lo = Math.max(1, target - 1 - g.r.nextInt(2));
                int hi = target + 1 + g.r.nextInt(2);
                if (drift) {
                    lo = target;
                    hi = target;
                }
                ref = lo == hi ? ">   - 参考第 " + lo + " 行表格" + quoted : ">   - 参考第 " + lo + "-" + hi + " 行表格" + quoted;
                if (!drift && (lo > p.line() || hi < p.line())) throw new IllegalStateException("range misses row");
                if (!drift) {
                    for (int l = lo; l <= hi; l++) {
                        if (l != p.line()
                                && (g.b.line(l).contains(p.a()) || g.b.line(l).contains(p.b()))) {
                            throw new IllegalStateException("figure repeated near row");
                        }
                    }
                }
            }
            g.b.add(ref);
            g.c.inc(ExpectedCounts.LINE_REFERENCES);
            g.c.inc(drift ? ExpectedCounts.LINE_REFERENCES_DRIFTED : ExpectedCounts.LINE_REFERENCES_RESOLVED);
            g.b.add(">");
        }
        g.closeQuote();
    }

    /** A line near the row that holds neither figure (the table moved, the reference did not). */
    int driftedTarget(NoteGenerator.PerfRow p) {
        for (int attempt = 0; attempt < 50; attempt++) {
            int off = (2 + g.r.nextInt(12)) * (g.r.nextBoolean() ? 1 : -1);
            int t = p.line() + off;
            if (t < 1 || t >= g.b.next()) continue;
            String l = g.b.line(t);
            if (!l.contains(p.a()) && !l.contains(p.b())) return t;
        }
        return 1; // the title line never holds a figure
    }
}
