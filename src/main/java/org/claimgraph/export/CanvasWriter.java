package org.claimgraph.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.claimgraph.export.PropertyGraph.EdgeType;
import org.claimgraph.export.PropertyGraph.Node;

/**
 * JSON Canvas 1.0 ({@code jsoncanvas.org}): one {@code Canvas/<source>.canvas} per source note.
 * Layout (computed, deterministic): the source note's file node on the left; right of it one
 * {@code group} node per section (in document order, stacked downwards) holding its claims' file
 * nodes in rows of four; the tools those claims are about in a column on the far right. Edges:
 * source → section group ("section"), claim → tool ("about", or the version label when the claim
 * names a version). Claims are coloured by status. File nodes point into the vault written by
 * {@link ObsidianVaultWriter}, so the canvas opens inside that vault.
 */
public final class CanvasWriter {
    static final int CLAIM_W = 360, CLAIM_H = 180, GAP = 40, PER_ROW = 4, PAD = 40, HEADER = 40;
    static final int SOURCE_W = 400, SOURCE_H = 240, TOOL_W = 300, TOOL_H = 160;

    private CanvasWriter() {}

    /** Canvases of every source note, keyed by vault-relative path. */
    public static SortedMap<String, String> files(PropertyGraph g) {
        return files(g, VaultNames.of(g));
    }

    static SortedMap<String, String> files(PropertyGraph g, VaultNames names) {
        SortedMap<String, String> out = new TreeMap<>();
        for (Node note : g.nodes(NodeKind.NOTE)) {
            out.put(VaultNames.CANVAS + "/" + names.base(note.id()) + ".canvas", canvas(g, names, note));
        }
        return out;
    }

    private static String canvas(PropertyGraph g, VaultNames names, Node note) {
        Layout layout = new Layout(g, names, note);
        layout.groups(groups(g, note));
        layout.tools();
        layout.toolEdges();
        return layout.json();
    }

    /** A group box: the claims before the first heading, or those of one section. */
    private record Group(String id, String label, List<Node> claims) {}

    /** Claims before the first heading (when there are any), then each section in document order. */
    private static List<Group> groups(PropertyGraph g, Node note) {
        List<Group> out = new ArrayList<>();
        List<Node> loose = claims(g, note.id(), EdgeType.IN_NOTE);
        if (!loose.isEmpty()) out.add(new Group(note.id() + "#top", "（章节之前 / before the first heading）", loose));
        g.in(note.id(), EdgeType.IN_NOTE).stream()
                .map(e -> g.node(e.source()).orElseThrow())
                .filter(n -> n.type() == NodeKind.SECTION)
                .sorted(BY_LINE)
                .forEach(s -> out.add(new Group(
                        s.id(), s.string("headingPath").orElse(s.label()), claims(g, s.id(), EdgeType.IN_SECTION))));
        return out;
    }

    /** The canvas of one source note as it is laid out: source, groups, claims, then the tool column. */
    private static final class Layout {
        private static final int X0 = SOURCE_W + 2 * GAP * 4;
        private final PropertyGraph g;
        private final VaultNames names;
        private final Node note;
        private final String sourceId;
        private final List<Map<String, Object>> nodes = new ArrayList<>();
        private final List<Map<String, Object>> edges = new ArrayList<>();
        private final TreeSet<String> tools = new TreeSet<>();
        private final Map<String, String> claimNode = new LinkedHashMap<>();
        private final Map<String, String> toolNode = new LinkedHashMap<>();
        private int maxRight = X0;

        Layout(PropertyGraph g, VaultNames names, Node note) {
            this.g = g;
            this.names = names;
            this.note = note;
            this.sourceId = cid(note.id());
        }

        /** The source note's node first, then the group boxes stacked downwards, then their claims. */
        void groups(List<Group> groups) {
            List<Map<String, Object>> claimNodes = new ArrayList<>();
            int y = 0;
            for (Group grp : groups) y += group(grp, y, claimNodes) + GAP * 2;
            Map<String, Object> source = node(sourceId, "file", 0, 0, SOURCE_W, SOURCE_H);
            source.put("file", names.path(note.id()));
            nodes.add(0, source);
            nodes.addAll(claimNodes);
        }

        /** One group box at {@code y} with its claims in rows of {@value #PER_ROW}; returns its height. */
        private int group(Group grp, int y, List<Map<String, Object>> claimNodes) {
            List<Node> claims = grp.claims();
            int cols = Math.max(1, Math.min(PER_ROW, claims.size()));
            int rows = Math.max(1, (claims.size() + PER_ROW - 1) / PER_ROW);
            int w = 2 * PAD + cols * CLAIM_W + (cols - 1) * GAP;
            int h = claims.isEmpty() ? HEADER + 2 * PAD : HEADER + 2 * PAD + rows * CLAIM_H + (rows - 1) * GAP;
            String gid = cid(grp.id());
            Map<String, Object> group = node(gid, "group", X0, y, w, h);
            group.put("label", grp.label());
            nodes.add(group);
            edges.add(edge(sourceId, "right", gid, "left", "section", null));
            for (int i = 0; i < claims.size(); i++) {
                int x = X0 + PAD + (i % PER_ROW) * (CLAIM_W + GAP);
                int top = y + HEADER + PAD + (i / PER_ROW) * (CLAIM_H + GAP);
                claimNodes.add(claim(claims.get(i), x, top));
            }
            maxRight = Math.max(maxRight, X0 + w);
            return h;
        }

        private Map<String, Object> claim(Node c, int x, int y) {
            String id = cid(c.id());
            claimNode.put(c.id(), id);
            Map<String, Object> f = node(id, "file", x, y, CLAIM_W, CLAIM_H);
            f.put("file", names.path(c.id()));
            f.put("color", Styles.color(c));
            g.out(c.id(), EdgeType.ABOUT_TOOL).forEach(e -> tools.add(e.target()));
            return f;
        }

        /** The tools the claims are about, in a column right of the widest group. */
        void tools() {
            int tx = maxRight + GAP * 8;
            int ty = 0;
            for (String t : tools) {
                Node tool = g.node(t).orElseThrow();
                String id = cid(note.id() + ">" + t);
                toolNode.put(t, id);
                Map<String, Object> f = node(id, "file", tx, ty, TOOL_W, TOOL_H);
                f.put("file", names.path(tool.id()));
                f.put("color", NodeKind.TOOL.color());
                nodes.add(f);
                ty += TOOL_H + GAP;
            }
        }

        /** Claim → tool, labelled with the versions of that tool the claim names ("about" when none). */
        void toolEdges() {
            claimNode.forEach((claim, from) -> {
                Map<String, String> versionLabels = new TreeMap<>();
                g.out(claim, EdgeType.ABOUT_VERSION)
                        .forEach(e -> g.node(e.target())
                                .ifPresent(v -> g.out(v.id(), EdgeType.VERSION_OF)
                                        .forEach(vt ->
                                                versionLabels.merge(vt.target(), v.label(), (a, b) -> a + ", " + b))));
                for (PropertyGraph.Edge e : g.out(claim, EdgeType.ABOUT_TOOL)) {
                    edges.add(edge(
                            from,
                            "right",
                            toolNode.get(e.target()),
                            "left",
                            versionLabels.getOrDefault(e.target(), "about"),
                            e.id()));
                }
            });
        }

        String json() {
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("nodes", nodes);
            root.put("edges", edges);
            return Json.print(root);
        }
    }

    private static final Comparator<Node> BY_LINE = Comparator.comparing(
                    (Node n) -> n.integer("firstLine").orElse(Long.MAX_VALUE))
            .thenComparing(Node::id);

    private static List<Node> claims(PropertyGraph g, String id, EdgeType via) {
        return g.in(id, via).stream()
                .map(e -> g.node(e.source()).orElseThrow())
                .filter(n -> n.type() == NodeKind.CLAIM)
                .sorted(BY_LINE)
                .toList();
    }

    private static Map<String, Object> node(String id, String type, int x, int y, int w, int h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("type", type);
        m.put("x", x);
        m.put("y", y);
        m.put("width", w);
        m.put("height", h);
        return m;
    }

    private static Map<String, Object> edge(
            String from, String fromSide, String to, String toSide, String label, String key) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", cid((key == null ? from + ">" + to : key) + "#edge"));
        m.put("fromNode", from);
        m.put("fromSide", fromSide);
        m.put("toNode", to);
        m.put("toSide", toSide);
        m.put("toEnd", "arrow");
        m.put("label", label);
        return m;
    }

    /** A 16-hex-digit canvas id, stable per graph id. */
    private static String cid(String key) {
        return VaultNames.hash(key, 16);
    }
}
