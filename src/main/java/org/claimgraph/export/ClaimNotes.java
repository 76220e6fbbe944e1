package org.claimgraph.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.claimgraph.export.PropertyGraph.EdgeType;
import org.claimgraph.export.PropertyGraph.Node;
import org.claimgraph.extract.VerificationStatus;

/** One page per claim: frontmatter, the claim's text, status and links, its provenance, and its history when exported. */
final class ClaimNotes extends VaultPages {
    /** Per claim IRI its "History" lines; null when the history is not exported. */
    private final Map<String, List<String>> history;

    ClaimNotes(PropertyGraph g, VaultNames names, Map<String, List<String>> history) {
        super(g, names);
        this.history = history;
    }

    String claim(Node c, Map<String, Map<String, String>> headings) {
        String loc = location(c, headings);
        List<String> tools = g.out(c.id(), EdgeType.ABOUT_TOOL).stream()
                .map(e -> link(e.target()))
                .toList();
        List<Node> versions = g.out(c.id(), EdgeType.ABOUT_VERSION).stream()
                .map(e -> g.node(e.target()).orElseThrow())
                .toList();
        List<String> versionLinks = versions.stream()
                .map(this::versionLink)
                .filter(java.util.Objects::nonNull)
                .toList();
        StringBuilder b =
                new StringBuilder(frontMatter(c, loc, tools, versionLinks).render()).append('\n');
        summary(b, c, loc, tools, versions, versionLinks);
        List<PropertyGraph.Assessment> as = g.assessments(c.id());
        if (!as.isEmpty()) {
            b.append("\n## 来源标注 provenance\n");
            for (int i = 0; i < as.size(); i++) {
                assessment(b, as.get(i), i + 1);
            }
        }
        if (history != null) {
            List<String> events = history.getOrDefault(c.string("iri").orElse(c.id()), List.of());
            b.append("\n## 历史 history\n\n");
            if (events.isEmpty()) b.append("- 无记录 / no events recorded\n");
            for (String e : events) b.append(e).append('\n');
        }
        return withUserLine(b);
    }

    private FrontMatter frontMatter(Node c, String loc, List<String> tools, List<String> versionLinks) {
        String source = g.out(c.id(), EdgeType.IN_SECTION).stream()
                .findFirst()
                .flatMap(e -> noteOf(e.target()))
                .or(() -> g.out(c.id(), EdgeType.IN_NOTE).stream().findFirst().map(PropertyGraph.Edge::target))
                .filter(id -> names.base(id) != null)
                .map(this::link)
                .orElse(null);
        List<String> statusLinks = g.out(c.id(), EdgeType.HAS_STATUS).stream()
                .map(e -> link(e.target()))
                .toList();
        return new FrontMatter()
                .put("claimgraph", "claim")
                .put(FrontMatter.MARKER, c.string("iri").orElse(c.id()))
                .put("kind", c.string("kind").orElse(null))
                .put("status", c.string("status").orElse(null))
                .put("statuses", c.list("statuses"))
                .put("status-phrases", c.list("statusPhrases"))
                .put("source-types", c.list("sourceTypes"))
                .put("verification-urls", c.list("verificationUrls"))
                .put("test-environments", c.list("testEnvironments"))
                .put("updated", c.attr("updated").orElse(null))
                .put("source", source)
                .put("section", loc != null && loc.contains("#") ? loc : null)
                .put("source-path", c.string("notePath").orElse(null))
                .put("first-line", c.attr("firstLine").orElse(null))
                .put("last-line", c.attr("lastLine").orElse(null))
                .put("tools", tools)
                .put("versions", versionLinks)
                .put("measurements", c.list("measurements"))
                .put("status-index", statusLinks)
                .put("tags", tags("claim", c));
    }

    /** The claim's text as a quote, then status, kind, where, tools, versions and figures. */
    private void summary(
            StringBuilder b, Node c, String loc, List<String> tools, List<Node> versions, List<String> versionLinks) {
        String text = c.string("text").orElse(c.label());
        b.append("# ").append(VaultNames.heading(Projector.shorten(text, 60))).append("\n\n");
        for (String line : text.split("\\R")) {
            b.append("> ").append(inline(line)).append('\n');
        }
        b.append('\n');
        VerificationStatus st =
                c.string("status").flatMap(VerificationStatus::ofNotation).orElse(null);
        b.append("- **状态 / status**: ")
                .append(st == null ? "无标注 / none" : st.emoji() + " " + st.zh() + " (" + st.notation() + ")");
        if (st != null
                && names.base(Projector.statusNodeId(st)) != null
                && g.node(Projector.statusNodeId(st)).isPresent()) {
            b.append(" · ").append(link(Projector.statusNodeId(st)));
        }
        b.append('\n');
        b.append("- **种类 / kind**: ").append(c.string("kind").orElse("Claim")).append('\n');
        if (loc != null) {
            b.append("- **位置 / where**: ").append(loc);
            c.integer("firstLine").ifPresent(l -> b.append(" · ").append(lines(c)));
            b.append('\n');
        }
        if (!tools.isEmpty()) {
            b.append("- **工具 / tools**: ").append(String.join(", ", tools)).append('\n');
        }
        if (!versionLinks.isEmpty()) {
            List<String> shown = new ArrayList<>();
            for (Node v : versions) {
                String l = versionLink(v);
                if (l != null) {
                    shown.add(l.substring(0, l.length() - 2) + "|" + display(v.label()) + "]]");
                }
            }
            b.append("- **版本 / versions**: ").append(String.join(", ", shown)).append('\n');
        }
        if (!c.list("measurements").isEmpty()) {
            b.append("- **数据 / figures**: ")
                    .append(inline(String.join("; ", c.list("measurements"))))
                    .append('\n');
        }
    }

    /** One provenance annotation ({@code i} counts from 1) under its own heading. */
    private static void assessment(StringBuilder b, PropertyGraph.Assessment a, int i) {
        b.append("\n### ").append(VaultNames.heading(a.subject() == null ? "标注 " + i : a.subject()));
        if (a.firstLine() != null) {
            b.append(" (第 ").append(a.firstLine()).append(" 行)");
        }
        b.append('\n');
        for (PropertyGraph.StatusLine sl : a.statuses()) {
            b.append("- 验证状态: ")
                    .append(inline(
                            sl.phrase() != null ? sl.phrase() : sl.status().zh()));
            if (sl.status() != null) {
                b.append(" (").append(sl.status().notation()).append(')');
            }
            if (sl.qualifier() != null) {
                b.append(" — ").append(inline(sl.qualifier()));
            }
            b.append('\n');
        }
        if (!a.sourceTypes().isEmpty() || !a.sourceTypePhrases().isEmpty()) {
            b.append("- 来源类型: ")
                    .append(inline(String.join(
                            " / ", a.sourceTypePhrases().isEmpty() ? a.sourceTypes() : a.sourceTypePhrases())));
            if (!a.sourceTypes().isEmpty() && !a.sourceTypePhrases().isEmpty()) {
                b.append(" (").append(String.join(", ", a.sourceTypes())).append(')');
            }
            b.append('\n');
        }
        for (String u : a.urls()) {
            b.append("- 验证方法: <")
                    .append(u.replace(">", "%3E").replace(" ", "%20"))
                    .append(">\n");
        }
        for (String m : a.methodTexts()) {
            b.append("- 验证方法: ").append(inline(m)).append('\n');
        }
        field(b, "测试环境", a.testEnvironment());
        field(b, "判断依据", a.basis());
        field(b, "备注", a.remark());
        if (a.updated() != null) {
            b.append("- 更新日期: ").append(a.updated()).append('\n');
        }
    }
}
