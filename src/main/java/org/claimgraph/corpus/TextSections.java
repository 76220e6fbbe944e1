package org.claimgraph.corpus;

import static org.claimgraph.corpus.Vocabulary.pick;

/** For {@link NoteGenerator}: The prose sections of a generated note: paragraphs with inline figures, inline and quoted provenance, tuples and decoys that must not be read as annotations. */
final class TextSections {
    private final NoteGenerator g;

    TextSections(NoteGenerator g) {
        this.g = g;
    }

    void prose() {
        g.h2(pick(g.r, Vocabulary.TOPICS) + "：逐条论证");
        int items = 2 + g.r.nextInt(3);
        for (int i = 0; i < items; i++) {
            Vocabulary.Tool t = g.tool();
            double v = 0.1 + g.r.nextInt(900) / 10.0;
            String fig = g.figure(v, g.r.nextBoolean() ? "ms" : "MB");
            g.b.add("- " + pick(g.r, Vocabulary.OPENERS) + "，" + t.written() + " 在" + pick(g.r, Vocabulary.TOPICS)
                    + "里把开销" + pick(g.r, Vocabulary.VERBS) + " " + fig + "，" + pick(g.r, Vocabulary.JUDGEMENTS) + "。");
            g.b.blank();
            g.block("indented");
            g.b.add("  <!-- 来源标注 -->");
            g.b.blank();
            if (g.r.nextBoolean()) {
                g.b.add("  > **性能数据**：" + t.written() + " " + fig);
                g.b.add("  >");
                g.b.add("  > - **来源类型**：" + pick(g.r, Vocabulary.SOURCE_TYPES));
                g.statusField("  > - ", g.randomStatus());
                if (g.r.nextInt(3) == 0) g.b.add("  > - **测试环境**：" + pick(g.r, Vocabulary.HARDWARE));
                g.updated("  > - ");
            } else {
                // several inline sub-items in one block
                g.b.add("  > **性能数据**：");
                g.b.add("  >");
                int subs = 2 + g.r.nextInt(2);
                for (int k = 0; k < subs; k++) {
                    String f = g.figure(1 + g.r.nextInt(500) / 7.0, g.r.nextBoolean() ? "ms" : "%");
                    g.b.add("  > - **" + pick(g.r, Vocabulary.TOOLS).written() + " " + f + "**：来源类型："
                            + pick(g.r, Vocabulary.SOURCE_TYPES) + "，验证性" + g.colon()
                            + g.phrase(g.randomStatus(), true));
                }
                g.updated("  > - ");
            }
            g.b.blank();
        }
    }

    void inlineAndQuote() {
        g.h2("技术判断：" + pick(g.r, Vocabulary.TOPICS));
        Vocabulary.Tool t = g.tool();
        g.b.add(t.written() + " " + pick(g.r, Vocabulary.JUDGEMENTS) + "，" + pick(g.r, Vocabulary.OPENERS)
                + "差异主要来自运行时与调度。");
        g.block("inline");
        g.b.add("来源类型：" + pick(g.r, Vocabulary.SOURCE_TYPES) + "，验证性" + g.colon() + g.phrase(g.randomStatus(), true)
                + "，更新日期：" + g.noteDate.minusDays(g.r.nextInt(90)));
        g.c.inc(ExpectedCounts.UPDATE_DATES);
        g.b.blank();
        Vocabulary.Tool u = g.tool();
        g.b.add("换个角度，" + u.written() + " " + pick(g.r, Vocabulary.JUDGEMENTS) + "。");
        g.b.blank();
        g.block("quote");
        g.b.add("> **技术判断**：" + u.written() + " " + pick(g.r, Vocabulary.JUDGEMENTS));
        g.b.add(">");
        g.b.add("> - **判断依据**：基于架构特性与社区案例");
        g.b.add("> - **来源类型**：技术判断");
        g.statusField("> - ", g.randomStatus());
        if (g.r.nextBoolean()) g.url("> - ", u.url());
        g.updated("> - ");
        g.b.blank();
    }

    void tuplesAndDecoys() {
        g.h2("知识图谱（RDF 三元组速记）");
        g.b.add("```text");
        g.c.inc(ExpectedCounts.CODE_BLOCKS);
        int n = 2 + g.r.nextInt(4);
        for (int i = 0; i < n; i++) {
            g.b.add("(" + pick(g.r, Vocabulary.ELEMENTS).substring(3) + ", " + (g.r.nextBoolean() ? "技术" : "场景") + ", "
                    + (g.r.nextBoolean() ? g.tool().written() : pick(g.r, Vocabulary.SCENARIOS)) + ")");
            g.c.inc(ExpectedCounts.TUPLES);
        }
        g.b.add("```");
        g.b.blank();
        // a support table whose ✅/⚠️ cells are not statuses
        g.b.add("| 能力 | " + pick(g.r, Vocabulary.TOOLS).written() + " | "
                + pick(g.r, Vocabulary.TOOLS).written() + " |");
        g.b.add("| ---- | ---- | ---- |");
        g.c.inc(ExpectedCounts.TABLES);
        int rows = 2 + g.r.nextInt(3);
        for (int i = 0; i < rows; i++) {
            g.b.add("| " + pick(g.r, Vocabulary.TOPICS) + " | ✅ | " + (g.r.nextBoolean() ? "✅" : "⚠️") + " |");
            g.c.add(ExpectedCounts.DECOY_EMOJI, 2);
            g.c.inc(ExpectedCounts.TABLE_BODY_ROWS);
        }
        g.b.blank();
        String link = pick(g.r, Vocabulary.TOOLS).url();
        g.b.add("延伸阅读：[项目主页](" + link + ")。");
        g.countUrl(link);
        g.b.blank();
    }
}
