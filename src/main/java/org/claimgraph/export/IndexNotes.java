package org.claimgraph.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.claimgraph.export.PropertyGraph.EdgeType;
import org.claimgraph.export.PropertyGraph.Node;
import org.claimgraph.extract.VerificationStatus;

/** The index pages of the vault: one per status, the tool index and the home page. */
final class IndexNotes extends VaultPages {
    IndexNotes(PropertyGraph g, VaultNames names) {
        super(g, names);
    }

    String statusIndex(VerificationStatus s) {
        Node node = g.node(Projector.statusNodeId(s)).orElseThrow();
        List<Node> claims = claimsIn(Projector.statusNodeId(s), EdgeType.HAS_STATUS);
        FrontMatter fm = new FrontMatter()
                .put("claimgraph", "status-index")
                .put(FrontMatter.MARKER, node.string("iri").orElse(node.id()))
                .put("status", s.notation())
                .put("claim-count", (long) claims.size())
                .put("tags", List.of("claimgraph/index"));
        StringBuilder b = new StringBuilder(fm.render()).append('\n');
        b.append("# ")
                .append(s.emoji())
                .append(' ')
                .append(s.zh())
                .append(" (")
                .append(s.notation())
                .append(")\n\n");
        b.append(claims.size())
                .append(" 条论断 claims · ")
                .append(link("index/home"))
                .append('\n');
        Map<String, List<Node>> bySource = new TreeMap<>();
        for (Node c : claims) {
            String src = c.string("notePath").orElse("");
            bySource.computeIfAbsent(src, k -> new ArrayList<>()).add(c);
        }
        bySource.forEach((src, list) -> {
            b.append("\n## ")
                    .append(VaultNames.heading(src.isEmpty() ? "unknown" : src))
                    .append('\n');
            list.forEach(c -> b.append(claimItem(c, false)));
        });
        return withUserLine(b);
    }

    /** The start of an index page that every export writes: front matter (marker {@code claimgraph:PAGE}), title. */
    private static StringBuilder fixedPage(String kind, String page, String title) {
        FrontMatter fm = new FrontMatter()
                .put("claimgraph", kind)
                .put(FrontMatter.MARKER, "claimgraph:" + page)
                .put("tags", List.of("claimgraph/index"));
        return new StringBuilder(fm.render())
                .append('\n')
                .append("# ")
                .append(title)
                .append("\n\n");
    }

    String toolIndex() {
        StringBuilder b = fixedPage("tool-index", "index/tools", "工具索引 Tools");
        List<Node> tools = g.nodes(NodeKind.TOOL).stream()
                .sorted(Comparator.comparing((Node n) -> n.label().toLowerCase(Locale.ROOT))
                        .thenComparing(Node::id))
                .toList();
        for (Node t : tools) {
            b.append("- ").append(link(t.id()));
            List<String> aliases = t.list("aliases");
            if (!aliases.isEmpty()) {
                b.append(" (")
                        .append(inline(display(String.join(", ", aliases))))
                        .append(')');
            }
            b.append(" · ").append(t.integer("claimCount").orElse(0L)).append(" 条论断\n");
        }
        return withUserLine(b);
    }

    String home() {
        StringBuilder b = fixedPage("index", "index/home", "claimgraph 索引");
        b.append("## 按状态 by status\n\n");
        for (VerificationStatus s : VerificationStatus.byRank()) {
            g.node(Projector.statusNodeId(s))
                    .ifPresent(n -> b.append("- ")
                            .append(s.emoji())
                            .append(' ')
                            .append(link(Projector.statusNodeId(s)))
                            .append(" · ")
                            .append(n.integer("claimCount").orElse(0L))
                            .append(" 条论断\n"));
        }
        b.append("\n## 工具 tools\n\n- ")
                .append(link("index/tools"))
                .append(" · ")
                .append(g.nodes(NodeKind.TOOL).size())
                .append(" 个工具\n");
        List<Node> notes = g.nodes(NodeKind.NOTE);
        if (!notes.isEmpty()) {
            b.append("\n## 来源笔记 sources\n\n");
            for (Node n : notes.stream()
                    .sorted(Comparator.comparing(
                                    (Node x) -> x.string("notePath").orElse(""))
                            .thenComparing(Node::id))
                    .toList()) {
                b.append("- ").append(link(n.id()));
                n.string("notePath")
                        .ifPresent(p ->
                                b.append(" · `").append(p.replace("`", "'")).append('`'));
                b.append('\n');
            }
        }
        Map<String, Long> kinds = g.nodes(NodeKind.CLAIM).stream()
                .collect(Collectors.groupingBy(
                        n -> n.string("kind").orElse("Claim"), TreeMap::new, Collectors.counting()));
        if (!kinds.isEmpty()) {
            b.append("\n## 论断种类 claim kinds\n\n");
            kinds.forEach((k, n) -> b.append("- #kind/")
                    .append(kebab(k))
                    .append(" · ")
                    .append(n)
                    .append('\n'));
        }
        return withUserLine(b);
    }
}
