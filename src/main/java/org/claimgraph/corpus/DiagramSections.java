package org.claimgraph.corpus;

import static org.claimgraph.corpus.Vocabulary.pick;

import java.util.ArrayList;
import java.util.List;
import org.claimgraph.extract.VerificationStatus;

/** For {@link NoteGenerator}: The diagram sections of a generated note: a mermaid graph, a mermaid mind map (sometimes with a provenance block inside the fence) and a timeline. */
final class DiagramSections {
    private final NoteGenerator g;

    DiagramSections(NoteGenerator g) {
        this.g = g;
    }

    void graph() {
        g.h2("总体定位：" + pick(g.r, Vocabulary.TOPICS));
        g.b.add("```mermaid");
        g.c.inc(ExpectedCounts.CODE_BLOCKS);
        g.b.add("graph TD");
        int nodes = 3 + g.r.nextInt(4);
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < nodes; i++) labels.add(g.tool().written());
        for (int i = 1; i < nodes; i++) {
            int from = g.r.nextInt(i);
            String edgeLabel = g.r.nextBoolean() ? "|" + pick(g.r, Vocabulary.SCENARIOS) + "|" : "";
            g.b.add("    " + g.node(from) + "[" + labels.get(from) + "] -->" + edgeLabel + " " + g.node(i) + "["
                    + labels.get(i) + "]");
            g.c.inc(ExpectedCounts.GRAPH_EDGES);
        }
        g.b.add("```");
        g.b.blank();
    }

    void mindmap() {
        g.h2("思维导图：" + pick(g.r, Vocabulary.TOPICS));
        g.b.add("```mermaid");
        g.c.inc(ExpectedCounts.CODE_BLOCKS);
        g.b.add("mindmap");
        g.b.add("  root((" + pick(g.r, Vocabulary.TOPICS) + "))");
        g.c.inc(ExpectedCounts.MINDMAP_NODES);
        int branches = 2 + g.r.nextInt(3);
        List<String[]> perf = new ArrayList<>();
        for (int i = 0; i < branches; i++) {
            g.b.add("    " + pick(g.r, Vocabulary.SCENARIOS) + "场景" + (i + 1));
            g.c.inc(ExpectedCounts.MINDMAP_NODES);
            int leaves = 1 + g.r.nextInt(3);
            for (int k = 0; k < leaves; k++) {
                Vocabulary.Tool t = g.tool();
                String leaf = t.written() + (g.r.nextInt(3) == 0 ? " " + g.figure(1 + g.r.nextInt(300), "MB") : "");
                if (leaf.contains(" MB")) perf.add(new String[] {leaf});
                g.b.add("      " + leaf);
                g.c.inc(ExpectedCounts.MINDMAP_NODES);
            }
        }
        if (!perf.isEmpty() || g.r.nextInt(3) == 0) {
            // a provenance block written inside the fence, as notes sometimes do
            g.b.blank();
            g.block("code-fence");
            g.b.add("<!-- 来源标注 -->");
            g.b.add("> **性能数据标注**：导图中的资源占用");
            g.b.add(">");
            if (perf.isEmpty())
                perf.add(new String[] {pick(g.r, Vocabulary.TOOLS).written() + " 资源占用"});
            for (String[] p : perf) {
                g.b.add("> - **" + p[0] + "**：");
                g.b.add(">   - **来源类型**：内部测试");
                g.statusField(">   - ", g.randomStatus());
                g.b.add(">");
            }
            g.closeQuote();
            g.b.add("    收尾");
            g.c.inc(ExpectedCounts.MINDMAP_NODES);
        }
        g.b.add("```");
        g.b.blank();
    }

    void timeline() {
        g.h2("时间轴：" + pick(g.r, Vocabulary.TOPICS));
        int start = g.r.nextInt(Vocabulary.EVENTS.size() - 3);
        int n = 3 + g.r.nextInt(Math.min(4, Vocabulary.EVENTS.size() - start - 2));
        List<String> events = new ArrayList<>();
        int year = 1999 + start * 2;
        for (int i = 0; i < n; i++) {
            year += 1 + g.r.nextInt(3);
            String ev = year + " – " + Vocabulary.EVENTS.get(start + i);
            events.add(ev);
            g.b.add("- " + ev);
            g.c.inc(ExpectedCounts.TIMELINE_EVENTS);
        }
        g.b.blank();
        g.commentQuote("历史事件标注", "", true);
        for (String ev : events) {
            g.b.add("> - **" + ev + "**" + g.colon()
                    + g.phrase(
                            g.r.nextInt(6) == 0
                                    ? VerificationStatus.PENDING.notation()
                                    : VerificationStatus.PUBLICLY_VERIFIABLE.notation(),
                            false));
        }
        g.b.add(">");
        g.b.add("> **验证方法**：各项目官方博客与发布历史");
        g.b.add(">");
        g.closeQuote();
    }
}
