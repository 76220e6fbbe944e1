package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mermaid diagrams inside a fenced code block: {@code graph}/{@code flowchart} edges with their
 * labels (node ids resolved to their text: {@code A[Docker]} → "Docker") and {@code mindmap}
 * hierarchies by indentation. Lines listed in {@code skip} (an embedded provenance block) are ignored.
 */
final class MermaidReader {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern AMPERSAND = Pattern.compile("\\s*&\\s*");

    private MermaidReader() {}

    record Result(List<Model.GraphEdge> edges, List<Model.MindmapNode> nodes) {}

    private static final String NODE =
            "([A-Za-z0-9_\\u4e00-\\u9fa5-]+)\\s*(\\[\\[[^\\]]*]]|\\[\\([^)]*\\)]|\\[[^\\]]*]|\\(\\([^)]*\\)\\)|\\(\\[[^\\]]*]\\)|\\([^)]*\\)|\\{\\{[^}]*}}|\\{[^}]*}|>[^\\]]*])?";
    private static final Pattern EDGE = Pattern.compile("^\\s*" + NODE
            + "\\s*(-->|---|-\\.->|==>|-\\.-|===|--[ox]|<-->)\\s*(?:\\|([^|]*)\\|\\s*)?" + NODE + "\\s*;?\\s*$");
    private static final Pattern EDGE_TEXT =
            Pattern.compile("^\\s*" + NODE + "\\s*--\\s+([^->]+?)\\s+-->\\s*" + NODE + "\\s*;?\\s*$");
    private static final Pattern NODE_ONLY = Pattern.compile("^\\s*" + NODE + "\\s*;?\\s*$");

    static Result read(
            int codeIndex, List<String> lines, List<Integer> lineNumbers, Set<Integer> skip, int firstNodeIndex) {
        String kind = kind(lines);
        if ("graph".equals(kind) || "flowchart".equals(kind))
            return new Result(graph(codeIndex, lines, lineNumbers, skip), new ArrayList<>());
        if ("mindmap".equals(kind))
            return new Result(new ArrayList<>(), mindmap(codeIndex, lines, lineNumbers, skip, firstNodeIndex));
        return new Result(new ArrayList<>(), new ArrayList<>());
    }

    /** The diagram's kind: the first word of its first line that is not blank or a comment; null when none. */
    private static String kind(List<String> lines) {
        for (String line : lines) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("%%")) continue;
            return SPACES.split(t)[0].toLowerCase(java.util.Locale.ROOT);
        }
        return null;
    }

    /** A graph's edges, their ends named by the node's label wherever the diagram defines it. */
    private static List<Model.GraphEdge> graph(
            int codeIndex, List<String> lines, List<Integer> lineNumbers, Set<Integer> skip) {
        List<Model.GraphEdge> edges = new ArrayList<>();
        Map<String, String> labels = new HashMap<>();
        // one matcher per pattern and diagram, reset per line
        Matcher m = EDGE.matcher("");
        Matcher mt = EDGE_TEXT.matcher("");
        for (int i = 0; i < lines.size(); i++) {
            if (skip.contains(lineNumbers.get(i))) continue;
            String t = lines.get(i);
            m.reset(t);
            if (m.matches()) {
                String from = label(labels, m.group(1), m.group(2));
                String to = label(labels, m.group(5), m.group(6));
                String lbl = m.group(4) == null ? null : m.group(4).strip();
                edges.add(new Model.GraphEdge(
                        codeIndex, from, to, lbl == null || lbl.isEmpty() ? null : lbl, lineNumbers.get(i)));
            } else if (mt.reset(t).matches()) {
                String from = label(labels, mt.group(1), mt.group(2));
                String to = label(labels, mt.group(4), mt.group(5));
                edges.add(new Model.GraphEdge(codeIndex, from, to, mt.group(3).strip(), lineNumbers.get(i)));
            } else if (!chain(t, labels, codeIndex, lineNumbers.get(i), edges)) {
                Matcher n = NODE_ONLY.matcher(t);
                if (n.matches() && n.group(2) != null) label(labels, n.group(1), n.group(2));
            }
        }
        // labels defined after first use: resolve again
        List<Model.GraphEdge> fixed = new ArrayList<>();
        for (Model.GraphEdge e : edges) {
            fixed.add(new Model.GraphEdge(
                    e.codeBlockIndex(),
                    labels.getOrDefault(e.from(), e.from()),
                    labels.getOrDefault(e.to(), e.to()),
                    e.label(),
                    e.line()));
        }
        return fixed;
    }

    /** A mindmap node still open for children: its indentation and index. */
    private record Open(int indent, int index) {}

    /** A mindmap's nodes after its header line, each the child of the last less indented one. */
    private static List<Model.MindmapNode> mindmap(
            int codeIndex, List<String> lines, List<Integer> lineNumbers, Set<Integer> skip, int firstNodeIndex) {
        List<Model.MindmapNode> nodes = new ArrayList<>();
        List<Open> stack = new ArrayList<>();
        boolean header = true;
        for (int i = 0; i < lines.size(); i++) {
            if (skip.contains(lineNumbers.get(i))) continue;
            String raw = lines.get(i);
            String t = raw.strip();
            if (t.isEmpty() || t.startsWith("%%")) continue;
            if (header) {
                header = false;
                continue;
            }
            if (t.startsWith(":::") || t.startsWith("::icon")) continue;
            int indent = Text.indent(raw);
            while (!stack.isEmpty() && stack.get(stack.size() - 1).indent() >= indent) stack.remove(stack.size() - 1);
            int parent = stack.isEmpty() ? -1 : stack.get(stack.size() - 1).index();
            int idx = firstNodeIndex + nodes.size();
            nodes.add(new Model.MindmapNode(idx, codeIndex, mindmapLabel(t), stack.size(), parent, lineNumbers.get(i)));
            stack.add(new Open(indent, idx));
        }
        return nodes;
    }

    private static final Pattern ARROW = Pattern.compile("\\s*(?:-->|---|-\\.->|==>)\\s*(?:\\|([^|]*)\\|\\s*)?");

    /** {@code A --> B --> C} and {@code A & B --> C}: one edge per consecutive pair. */
    private static boolean chain(
            String t, Map<String, String> labels, int codeIndex, int line, List<Model.GraphEdge> edges) {
        Matcher a = ARROW.matcher(t);
        List<String> parts = new ArrayList<>();
        List<String> arrowLabels = new ArrayList<>();
        int last = 0;
        while (a.find()) {
            parts.add(t.substring(last, a.start()));
            arrowLabels.add(a.group(1));
            last = a.end();
        }
        parts.add(t.substring(last));
        if (parts.size() < 2) return false;
        List<List<String>> groups = new ArrayList<>();
        for (String p : parts) {
            List<String> names = new ArrayList<>();
            for (String one : AMPERSAND.split(p)) {
                Matcher n = NODE_ONLY.matcher(one);
                if (!n.matches()) return false;
                names.add(label(labels, n.group(1), n.group(2)));
            }
            groups.add(names);
        }
        for (int k = 0; k + 1 < groups.size(); k++) {
            String lbl = arrowLabels.get(k) == null || arrowLabels.get(k).isBlank()
                    ? null
                    : arrowLabels.get(k).strip();
            for (String from : groups.get(k))
                for (String to : groups.get(k + 1)) edges.add(new Model.GraphEdge(codeIndex, from, to, lbl, line));
        }
        return true;
    }

    private static String label(Map<String, String> labels, String id, String shape) {
        if (shape != null && !shape.isEmpty()) {
            String l = unshape(shape);
            labels.put(id, l);
            return l;
        }
        return labels.getOrDefault(id, id);
    }

    private static String unshape(String s) {
        String t = s.strip();
        while (t.length() >= 2 && "[({>".indexOf(t.charAt(0)) >= 0 && "])}".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(1, t.length() - 1).strip();
        }
        if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) t = t.substring(1, t.length() - 1);
        return t;
    }

    private static final Pattern MM_SHAPE =
            Pattern.compile("^([A-Za-z0-9_]*)(\\(\\(.+\\)\\)|\\[.+]|\\(.+\\)|\\{\\{.+}}|\\)\\).+\\(\\()$");

    static String mindmapLabel(String t) {
        Matcher m = MM_SHAPE.matcher(t);
        if (m.matches()) {
            String inner = m.group(2);
            String l = inner.startsWith("))")
                    ? inner.substring(2, inner.length() - 2).strip()
                    : unshape(inner);
            if (!l.isEmpty()) return l;
        }
        return t;
    }
}
