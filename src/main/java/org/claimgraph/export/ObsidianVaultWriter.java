package org.claimgraph.export;

import org.claimgraph.extract.VerificationStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.claimgraph.export.PropertyGraph.EdgeType;
import org.claimgraph.export.PropertyGraph.Node;

/**
 * An Obsidian vault of the projection. What a reader navigates:
 * <ul>
 *   <li>{@code Sources/} — one note per source note, its sections as headings (same levels), each
 *       listing the claims it holds: the document's outline, so {@code [[Source#Heading]]} lands
 *       where the claim stood;</li>
 *   <li>{@code Claims/} — one note per claim: text, status, provenance, links to its tools,
 *       versions and {@code [[Source#Heading]]};</li>
 *   <li>{@code Tools/} — one note per tool with its aliases (so {@code [[K8s]]} opens Kubernetes),
 *       its versions as headings ({@code [[Kubernetes#Kubernetes 1.30]]}) and its claims grouped by
 *       status: the map of content per tool;</li>
 *   <li>{@code Index/} — a home note, a tool index and one note per status listing its claims.</li>
 * </ul>
 * Sections and versions are headings rather than notes of their own: a section is read in its
 * document and a version next to its tool; a note each would mostly hold one link.
 *
 * <p>Each note starts with frontmatter that Obsidian reads as typed Properties and carries the
 * {@value FrontMatter#MARKER} marker; {@link VaultSync} uses it to update our files in place and
 * to leave every other file alone. Text after {@link #USER_LINE} is the user's and survives
 * re-export.
 */
public final class ObsidianVaultWriter {
    /** Last generated line of every note; what the user writes below it is kept on re-export. */
    public static final String USER_LINE = "%% claimgraph: 在此行以下写你的笔记，重新导出时保留 / write below this line; kept on re-export %%";

    private final PropertyGraph g;
    private final VaultNames names;
    /** Per claim IRI its "History" lines; null when the history is not exported. */
    private final Map<String, List<String>> history;

    private ObsidianVaultWriter(PropertyGraph g, Map<String, List<String>> history) {
        this.g = g;
        this.names = VaultNames.of(g);
        this.history = history;
    }

    /** Every vault file (notes and canvases), keyed by vault-relative path. */
    public static SortedMap<String, String> files(PropertyGraph g) {
        return files(g, null);
    }

    /**
     * As {@link #files(PropertyGraph)}; with {@code history} (per claim IRI, one markdown list
     * item per event, oldest first) each claim note ends with a "历史 history" section.
     */
    static SortedMap<String, String> files(PropertyGraph g, Map<String, List<String>> history) {
        ObsidianVaultWriter w = new ObsidianVaultWriter(g, history);
        SortedMap<String, String> out = new TreeMap<>();
        w.write(out);
        out.putAll(CanvasWriter.files(g, w.names));
        return out;
    }

    private void write(SortedMap<String, String> out) {
        Map<String, Map<String, String>> headings = sourceHeadings();
        for (Node n : g.nodes()) {
            switch (n.type()) {
                case NOTE -> out.put(names.path(n.id()), source(n, headings.get(n.id())));
                case TOOL -> out.put(names.path(n.id()), tool(n));
                case CLAIM -> out.put(names.path(n.id()), claim(n, headings));
                default -> { }
            }
        }
        for (VerificationStatus s : VerificationStatus.byRank()) {
            if (g.node(Projector.statusNodeId(s)).isPresent()) {
                out.put(names.path(Projector.statusNodeId(s)), statusIndex(s));
            }
        }
        out.put(names.path("index/tools"), toolIndex());
        out.put(names.path("index/home"), home());
    }

    // ---------------------------------------------------------------- links and names

    private String link(String id) {
        return "[[" + names.base(id) + "]]";
    }

    private String link(String id, String display) {
        return "[[" + names.base(id) + "|" + display(display) + "]]";
    }

    /** Link text: no characters that end or split a wikilink. */
    private static String display(String s) {
        return s.replaceAll("[\\[\\]|#^]", " ").replaceAll("\\s+", " ").strip();
    }

    /** Body text: escapes what Obsidian would turn into links, tags, comments or embeds. */
    static String inline(String s) {
        return s.replace("\\", "\\\\").replace("[[", "\\[\\[").replace("]]", "\\]\\]").replace("%%", "\\%\\%")
                .replaceAll("(^|\\s)#", "$1\\\\#").replace("![", "!\\[");
    }

    /** Heading (unique within its source note) of every section, per note id. */
    private Map<String, Map<String, String>> sourceHeadings() {
        Map<String, Map<String, String>> out = new HashMap<>();
        for (Node note : g.nodes(NodeKind.NOTE)) {
            Map<String, String> byId = new LinkedHashMap<>();
            Map<String, Integer> used = new HashMap<>();
            if (!titleIsFirstSection(note)) {
                used.put(VaultNames.heading(note.label()).toLowerCase(Locale.ROOT), 1);
            }
            for (Node s : sectionsOf(note.id())) {
                String h = VaultNames.heading(s.label());
                int k = used.merge(h.toLowerCase(Locale.ROOT), 1, Integer::sum);
                byId.put(s.id(), k == 1 ? h : h + " (" + k + ")");
            }
            out.put(note.id(), byId);
        }
        return out;
    }

    /** True when the note's first section is a level-1 heading equal to its title (then it is the note's H1). */
    private boolean titleIsFirstSection(Node note) {
        List<Node> sections = sectionsOf(note.id());
        return !sections.isEmpty() && sections.get(0).integer("level").orElse(0L) == 1
                && VaultNames.heading(sections.get(0).label()).equals(VaultNames.heading(note.label()));
    }

    private List<Node> sectionsOf(String noteId) {
        return g.in(noteId, EdgeType.IN_NOTE).stream().map(e -> g.node(e.source()).orElseThrow())
                .filter(n -> n.type() == NodeKind.SECTION).sorted(BY_LINE).toList();
    }

    private List<Node> claimsIn(String id, EdgeType via) {
        return g.in(id, via).stream().map(e -> g.node(e.source()).orElseThrow())
                .filter(n -> n.type() == NodeKind.CLAIM).sorted(BY_LINE).toList();
    }

    private static final Comparator<Node> BY_LINE = Comparator
            .comparing((Node n) -> n.integer("firstLine").orElse(Long.MAX_VALUE))
            .thenComparing(Node::id);

    private static String statusMark(Node claim) {
        return claim.string("status").flatMap(VerificationStatus::ofNotation).map(VerificationStatus::emoji).orElse("·");
    }

    private String claimItem(Node c, boolean withSource) {
        StringBuilder sb = new StringBuilder("- ").append(statusMark(c)).append(' ')
                .append(link(c.id(), Projector.shorten(c.string("text").orElse(c.label()), 60)));
        c.integer("firstLine").ifPresent(l -> sb.append(" · ").append(lines(c)));
        if (withSource) {
            g.out(c.id(), EdgeType.IN_SECTION).stream().findFirst().or(() -> g.out(c.id(), EdgeType.IN_NOTE).stream().findFirst())
                    .flatMap(e -> noteOf(e.target())).ifPresent(note -> sb.append(" · ").append(link(note)));
        }
        return sb.append('\n').toString();
    }

    private static String lines(Node n) {
        long first = n.integer("firstLine").orElse(0L);
        long last = n.integer("lastLine").orElse(first);
        return first == last ? "第 " + first + " 行" : "第 " + first + "–" + last + " 行";
    }

    /** The note a section or note id belongs to. */
    private java.util.Optional<String> noteOf(String id) {
        Node n = g.node(id).orElse(null);
        for (int guard = 0; n != null && guard < 64; guard++) {
            if (n.type() == NodeKind.NOTE) {
                return java.util.Optional.of(n.id());
            }
            List<PropertyGraph.Edge> up = g.out(n.id(), EdgeType.IN_NOTE);
            if (!up.isEmpty()) {
                return java.util.Optional.of(up.get(0).target());
            }
            List<PropertyGraph.Edge> parent = g.out(n.id(), EdgeType.SUBSECTION_OF);
            n = parent.isEmpty() ? null : g.node(parent.get(0).target()).orElse(null);
        }
        return java.util.Optional.empty();
    }

    /** {@code [[Source#Heading]]} (or {@code [[Source]]}) for where a claim stands, or null. */
    private String location(Node claim, Map<String, Map<String, String>> headings) {
        for (PropertyGraph.Edge e : g.out(claim.id(), EdgeType.IN_SECTION)) {
            String note = noteOf(e.target()).orElse(null);
            if (note != null && names.base(note) != null) {
                String h = headings.get(note).get(e.target());
                return "[[" + names.base(note) + "#" + h + "]]";
            }
        }
        for (PropertyGraph.Edge e : g.out(claim.id(), EdgeType.IN_NOTE)) {
            if (names.base(e.target()) != null) {
                return link(e.target());
            }
        }
        return null;
    }

    private String versionHeading(Node version) {
        return VaultNames.heading(version.label());
    }

    private String versionLink(Node version) {
        return g.out(version.id(), EdgeType.VERSION_OF).stream().findFirst()
                .filter(e -> names.base(e.target()) != null)
                .map(e -> "[[" + names.base(e.target()) + "#" + versionHeading(version) + "]]").orElse(null);
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    private static List<String> tags(String kind, Node n) {
        List<String> tags = new ArrayList<>();
        tags.add("claimgraph/" + kind);
        for (String s : n.list("statuses")) {
            VerificationStatus st = VerificationStatus.ofNotation(s).orElseThrow();
            tags.add("status/" + st.notation());
            tags.add("状态/" + st.zh());
        }
        if (kind.equals("claim")) {
            tags.add("kind/" + kebab(n.string("kind").orElse("Claim")));
        }
        return tags;
    }

    // ---------------------------------------------------------------- notes

    private String claim(Node c, Map<String, Map<String, String>> headings) {
        String loc = location(c, headings);
        String source = g.out(c.id(), EdgeType.IN_SECTION).stream().findFirst().flatMap(e -> noteOf(e.target()))
                .or(() -> g.out(c.id(), EdgeType.IN_NOTE).stream().findFirst().map(PropertyGraph.Edge::target))
                .filter(id -> names.base(id) != null).map(this::link).orElse(null);
        List<String> tools = g.out(c.id(), EdgeType.ABOUT_TOOL).stream().map(e -> link(e.target())).toList();
        List<Node> versions = g.out(c.id(), EdgeType.ABOUT_VERSION).stream().map(e -> g.node(e.target()).orElseThrow()).toList();
        List<String> versionLinks = versions.stream().map(this::versionLink).filter(java.util.Objects::nonNull).toList();
        List<String> statusLinks = g.out(c.id(), EdgeType.HAS_STATUS).stream().map(e -> link(e.target())).toList();

        FrontMatter fm = new FrontMatter()
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

        StringBuilder b = new StringBuilder(fm.render()).append('\n');
        String text = c.string("text").orElse(c.label());
        b.append("# ").append(VaultNames.heading(Projector.shorten(text, 60))).append("\n\n");
        for (String line : text.split("\\R")) {
            b.append("> ").append(inline(line)).append('\n');
        }
        b.append('\n');
        VerificationStatus st = c.string("status").flatMap(VerificationStatus::ofNotation).orElse(null);
        b.append("- **状态 / status**: ").append(st == null ? "无标注 / none" : st.emoji() + " " + st.zh() + " (" + st.notation() + ")");
        if (st != null && names.base(Projector.statusNodeId(st)) != null && g.node(Projector.statusNodeId(st)).isPresent()) {
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
            b.append("- **数据 / figures**: ").append(inline(String.join("; ", c.list("measurements")))).append('\n');
        }
        List<PropertyGraph.Assessment> as = g.assessments(c.id());
        if (!as.isEmpty()) {
            b.append("\n## 来源标注 provenance\n");
            int i = 0;
            for (PropertyGraph.Assessment a : as) {
                i++;
                b.append("\n### ").append(VaultNames.heading(a.subject() == null ? "标注 " + i : a.subject()));
                if (a.firstLine() != null) {
                    b.append(" (第 ").append(a.firstLine()).append(" 行)");
                }
                b.append('\n');
                for (PropertyGraph.StatusLine sl : a.statuses()) {
                    b.append("- 验证状态: ").append(inline(sl.phrase() != null ? sl.phrase() : sl.status().zh()));
                    if (sl.status() != null) {
                        b.append(" (").append(sl.status().notation()).append(')');
                    }
                    if (sl.qualifier() != null) {
                        b.append(" — ").append(inline(sl.qualifier()));
                    }
                    b.append('\n');
                }
                if (!a.sourceTypes().isEmpty() || !a.sourceTypePhrases().isEmpty()) {
                    b.append("- 来源类型: ").append(inline(String.join(" / ", a.sourceTypePhrases().isEmpty() ? a.sourceTypes() : a.sourceTypePhrases())));
                    if (!a.sourceTypes().isEmpty() && !a.sourceTypePhrases().isEmpty()) {
                        b.append(" (").append(String.join(", ", a.sourceTypes())).append(')');
                    }
                    b.append('\n');
                }
                for (String u : a.urls()) {
                    b.append("- 验证方法: <").append(u.replace(">", "%3E").replace(" ", "%20")).append(">\n");
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
        if (history != null) {
            List<String> events = history.getOrDefault(c.string("iri").orElse(c.id()), List.of());
            b.append("\n## 历史 history\n\n");
            if (events.isEmpty()) b.append("- 无记录 / no events recorded\n");
            for (String e : events) b.append(e).append('\n');
        }
        return withUserLine(b);
    }

    /**
     * Ends a generated note: a blank line, then {@link #USER_LINE}. Every note must end the same
     * way because {@link VaultSync} finds the user's text by this line and keeps what follows it.
     */
    private static String withUserLine(StringBuilder note) {
        return note.append('\n').append(USER_LINE).append('\n').toString();
    }

    private static void field(StringBuilder b, String name, String value) {
        if (value != null) {
            b.append("- ").append(name).append(": ").append(inline(value.replaceAll("\\R", " "))).append('\n');
        }
    }

    private String tool(Node t) {
        List<Node> versions = g.in(t.id(), EdgeType.VERSION_OF).stream().map(e -> g.node(e.source()).orElseThrow())
                .sorted(Comparator.comparing(Node::label).thenComparing(Node::id)).toList();
        List<Node> claims = claimsIn(t.id(), EdgeType.ABOUT_TOOL);
        List<String> aliases = t.list("aliases").stream().map(ObsidianVaultWriter::display).filter(s -> !s.isEmpty()).distinct().toList();
        FrontMatter fm = new FrontMatter()
                .put("claimgraph", "tool")
                .put(FrontMatter.MARKER, t.string("iri").orElse(t.id()))
                .put("aliases", aliases)
                .put("versions", versions.stream().map(this::versionLink).filter(java.util.Objects::nonNull).toList())
                .put("claim-count", (long) claims.size())
                .put("maturity", t.attr("maturity").orElse(null))
                .put("tags", List.of("claimgraph/tool"));
        StringBuilder b = new StringBuilder(fm.render()).append('\n');
        b.append("# ").append(VaultNames.heading(t.label())).append("\n\n");
        if (!aliases.isEmpty()) {
            b.append("别名 / aliases: ").append(inline(String.join(", ", aliases))).append("\n\n");
        }
        b.append("工具索引 / all tools: ").append(link("index/tools")).append("\n");
        if (!versions.isEmpty()) {
            b.append("\n## 版本 versions\n");
            Map<String, Integer> used = new HashMap<>();
            for (Node v : versions) {
                String h = versionHeading(v);
                if (used.merge(h, 1, Integer::sum) > 1) {
                    continue; // two version resources with one label share a heading
                }
                b.append("\n### ").append(h).append('\n');
                v.string("constraint").ifPresent(c -> b.append("- 约束 / constraint: `").append(c).append("`\n"));
                v.string("versionString").ifPresent(s -> b.append("- 版本号 / version: `").append(s.replace("`", "'")).append("`\n"));
                for (Node c : claimsIn(v.id(), EdgeType.ABOUT_VERSION)) {
                    b.append(claimItem(c, true));
                }
            }
        }
        if (!claims.isEmpty()) {
            b.append("\n## 论断 claims\n");
            Map<String, List<Node>> byStatus = new TreeMap<>();
            for (Node c : claims) {
                byStatus.computeIfAbsent(statusKey(c), k -> new ArrayList<>()).add(c);
            }
            byStatus.forEach((k, list) -> {
                b.append("\n### ").append(statusTitle(k.substring(2))).append(" (").append(list.size()).append(")\n");
                list.forEach(c -> b.append(claimItem(c, true)));
            });
        }
        return withUserLine(b);
    }

    /** Sort key putting the weakest status first and "no status" last. */
    private static String statusKey(Node c) {
        return c.string("status").flatMap(VerificationStatus::ofNotation).map(s -> s.rank() + ":" + s.notation()).orElse("9:none");
    }

    private static String statusTitle(String notation) {
        return VerificationStatus.ofNotation(notation).map(s -> s.emoji() + " " + s.zh() + " " + s.notation()).orElse("无标注 none");
    }

    private String source(Node note, Map<String, String> headings) {
        List<Node> sections = sectionsOf(note.id());
        List<Node> loose = claimsIn(note.id(), EdgeType.IN_NOTE);
        long claimCount = note.integer("claimCount").orElse(0L);
        FrontMatter fm = new FrontMatter()
                .put("claimgraph", "source")
                .put(FrontMatter.MARKER, note.string("iri").orElse(note.id()))
                .put("source-path", note.string("notePath").orElse(null))
                .put("title", note.string("title").orElse(null))
                .put("document-date", note.attr("documentDate").orElse(null))
                .put("line-count", note.attr("lineCount").orElse(null))
                .put("claim-count", claimCount)
                .put("tags", List.of("claimgraph/source"));
        StringBuilder b = new StringBuilder(fm.render()).append('\n');
        StringBuilder info = new StringBuilder();
        note.string("notePath").ifPresent(p -> info.append("来源文件 / file: `").append(p.replace("`", "'")).append("` · "));
        note.integer("lineCount").ifPresent(n -> info.append(n).append(" 行 lines · "));
        info.append(claimCount).append(" 条论断 claims · ").append(link("index/home")).append("\n");
        // the note's title is our H1, unless the note itself starts with that H1 (then the file line goes under it)
        boolean titleIsSection = titleIsFirstSection(note);
        if (!titleIsSection) {
            b.append("# ").append(VaultNames.heading(note.label())).append("\n\n").append(info);
        }
        if (!loose.isEmpty()) {
            b.append('\n');
            loose.forEach(c -> b.append(claimItem(c, false)));
        }
        for (Node s : sections) {
            int level = (int) Math.max(1, Math.min(6, s.integer("level").orElse(2L)));
            if (b.charAt(b.length() - 1) != '\n' || b.charAt(b.length() - 2) != '\n') {
                b.append('\n');
            }
            b.append("#".repeat(level)).append(' ').append(headings.get(s.id())).append('\n');
            if (titleIsSection && s == sections.get(0)) {
                b.append('\n').append(info);
            }
            List<Node> claims = claimsIn(s.id(), EdgeType.IN_SECTION);
            if (s.integer("firstLine").isPresent() || !claims.isEmpty()) {
                b.append('\n');
                if (s.integer("firstLine").isPresent()) {
                    b.append(lines(s)).append(claims.isEmpty() ? "\n" : " · " + claims.size() + " 条论断\n");
                }
                claims.forEach(c -> b.append(claimItem(c, false)));
            }
        }
        return withUserLine(b);
    }

    private String statusIndex(VerificationStatus s) {
        Node node = g.node(Projector.statusNodeId(s)).orElseThrow();
        List<Node> claims = claimsIn(Projector.statusNodeId(s), EdgeType.HAS_STATUS);
        FrontMatter fm = new FrontMatter()
                .put("claimgraph", "status-index")
                .put(FrontMatter.MARKER, node.string("iri").orElse(node.id()))
                .put("status", s.notation())
                .put("claim-count", (long) claims.size())
                .put("tags", List.of("claimgraph/index"));
        StringBuilder b = new StringBuilder(fm.render()).append('\n');
        b.append("# ").append(s.emoji()).append(' ').append(s.zh()).append(" (").append(s.notation()).append(")\n\n");
        b.append(claims.size()).append(" 条论断 claims · ").append(link("index/home")).append('\n');
        Map<String, List<Node>> bySource = new TreeMap<>();
        for (Node c : claims) {
            String src = c.string("notePath").orElse("");
            bySource.computeIfAbsent(src, k -> new ArrayList<>()).add(c);
        }
        bySource.forEach((src, list) -> {
            b.append("\n## ").append(VaultNames.heading(src.isEmpty() ? "unknown" : src)).append('\n');
            list.forEach(c -> b.append(claimItem(c, false)));
        });
        return withUserLine(b);
    }

    private String toolIndex() {
        FrontMatter fm = new FrontMatter()
                .put("claimgraph", "tool-index")
                .put(FrontMatter.MARKER, "claimgraph:index/tools")
                .put("tags", List.of("claimgraph/index"));
        StringBuilder b = new StringBuilder(fm.render()).append('\n');
        b.append("# 工具索引 Tools\n\n");
        List<Node> tools = g.nodes(NodeKind.TOOL).stream()
                .sorted(Comparator.comparing((Node n) -> n.label().toLowerCase(Locale.ROOT)).thenComparing(Node::id)).toList();
        for (Node t : tools) {
            b.append("- ").append(link(t.id()));
            List<String> aliases = t.list("aliases");
            if (!aliases.isEmpty()) {
                b.append(" (").append(inline(display(String.join(", ", aliases)))).append(')');
            }
            b.append(" · ").append(t.integer("claimCount").orElse(0L)).append(" 条论断\n");
        }
        return withUserLine(b);
    }

    private String home() {
        FrontMatter fm = new FrontMatter()
                .put("claimgraph", "index")
                .put(FrontMatter.MARKER, "claimgraph:index/home")
                .put("tags", List.of("claimgraph/index"));
        StringBuilder b = new StringBuilder(fm.render()).append('\n');
        b.append("# claimgraph 索引\n\n");
        b.append("## 按状态 by status\n\n");
        for (VerificationStatus s : VerificationStatus.byRank()) {
            g.node(Projector.statusNodeId(s)).ifPresent(n -> b.append("- ").append(s.emoji()).append(' ').append(link(Projector.statusNodeId(s)))
                    .append(" · ").append(n.integer("claimCount").orElse(0L)).append(" 条论断\n"));
        }
        b.append("\n## 工具 tools\n\n- ").append(link("index/tools")).append(" · ")
                .append(g.nodes(NodeKind.TOOL).size()).append(" 个工具\n");
        List<Node> notes = g.nodes(NodeKind.NOTE);
        if (!notes.isEmpty()) {
            b.append("\n## 来源笔记 sources\n\n");
            for (Node n : notes.stream().sorted(Comparator.comparing((Node x) -> x.string("notePath").orElse("")).thenComparing(Node::id)).toList()) {
                b.append("- ").append(link(n.id()));
                n.string("notePath").ifPresent(p -> b.append(" · `").append(p.replace("`", "'")).append('`'));
                b.append('\n');
            }
        }
        Map<String, Long> kinds = g.nodes(NodeKind.CLAIM).stream()
                .collect(Collectors.groupingBy(n -> n.string("kind").orElse("Claim"), TreeMap::new, Collectors.counting()));
        if (!kinds.isEmpty()) {
            b.append("\n## 论断种类 claim kinds\n\n");
            kinds.forEach((k, n) -> b.append("- #kind/").append(kebab(k)).append(" · ").append(n).append('\n'));
        }
        return withUserLine(b);
    }
}
