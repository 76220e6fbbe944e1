package org.claimgraph.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.claimgraph.export.PropertyGraph.EdgeType;
import org.claimgraph.export.PropertyGraph.Node;
import org.claimgraph.extract.VerificationStatus;

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
public final class ObsidianVaultWriter extends VaultPages {
    /** Last generated line of every note; what the user writes below it is kept on re-export. */
    public static final String USER_LINE =
            "%% claimgraph: 在此行以下写你的笔记，重新导出时保留 / write below this line; kept on re-export %%";

    /** Per claim IRI its "History" lines; null when the history is not exported. */
    private final Map<String, List<String>> history;

    private ObsidianVaultWriter(PropertyGraph g, Map<String, List<String>> history) {
        super(g, VaultNames.of(g));
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
        ClaimNotes claims = new ClaimNotes(g, names, history);
        IndexNotes indexes = new IndexNotes(g, names);
        for (Node n : g.nodes()) {
            switch (n.type()) {
                case NOTE -> out.put(names.path(n.id()), source(n, headings.get(n.id())));
                case TOOL -> out.put(names.path(n.id()), tool(n));
                case CLAIM -> out.put(names.path(n.id()), claims.claim(n, headings));
                default -> {}
            }
        }
        for (VerificationStatus s : VerificationStatus.byRank()) {
            if (g.node(Projector.statusNodeId(s)).isPresent()) {
                out.put(names.path(Projector.statusNodeId(s)), indexes.statusIndex(s));
            }
        }
        out.put(names.path("index/tools"), indexes.toolIndex());
        out.put(names.path("index/home"), indexes.home());
    }

    /** A tool's page: front matter, aliases, its versions with their claims, its claims by status. */
    private String tool(Node t) {
        List<Node> versions = g.in(t.id(), EdgeType.VERSION_OF).stream()
                .map(e -> g.node(e.source()).orElseThrow())
                .sorted(Comparator.comparing(Node::label).thenComparing(Node::id))
                .toList();
        List<Node> claims = claimsIn(t.id(), EdgeType.ABOUT_TOOL);
        List<String> aliases = t.list("aliases").stream()
                .map(VaultPages::display)
                .filter(s -> !s.isEmpty())
                .distinct()
                .toList();
        FrontMatter fm = new FrontMatter()
                .put("claimgraph", "tool")
                .put(FrontMatter.MARKER, t.string("iri").orElse(t.id()))
                .put("aliases", aliases)
                .put(
                        "versions",
                        versions.stream()
                                .map(this::versionLink)
                                .filter(java.util.Objects::nonNull)
                                .toList())
                .put("claim-count", (long) claims.size())
                .put("maturity", t.attr("maturity").orElse(null))
                .put("tags", List.of("claimgraph/tool"));
        StringBuilder b = new StringBuilder(fm.render()).append('\n');
        b.append("# ").append(VaultNames.heading(t.label())).append("\n\n");
        if (!aliases.isEmpty()) {
            b.append("别名 / aliases: ")
                    .append(inline(String.join(", ", aliases)))
                    .append("\n\n");
        }
        b.append("工具索引 / all tools: ").append(link("index/tools")).append("\n");
        if (!versions.isEmpty()) versionSections(b, versions);
        if (!claims.isEmpty()) claimsByStatus(b, claims);
        return withUserLine(b);
    }

    /** One heading per version label (two version resources with one label share it), its claims below. */
    private void versionSections(StringBuilder b, List<Node> versions) {
        b.append("\n## 版本 versions\n");
        Map<String, Integer> used = new HashMap<>();
        for (Node v : versions) {
            String h = versionHeading(v);
            if (used.merge(h, 1, Integer::sum) > 1) continue;
            b.append("\n### ").append(h).append('\n');
            v.string("constraint")
                    .ifPresent(c -> b.append("- 约束 / constraint: `").append(c).append("`\n"));
            v.string("versionString")
                    .ifPresent(s -> b.append("- 版本号 / version: `")
                            .append(s.replace("`", "'"))
                            .append("`\n"));
            for (Node c : claimsIn(v.id(), EdgeType.ABOUT_VERSION)) b.append(claimItem(c, true));
        }
    }

    /** The claims under one heading per status, in status order, each heading with its count. */
    private void claimsByStatus(StringBuilder b, List<Node> claims) {
        b.append("\n## 论断 claims\n");
        Map<String, List<Node>> byStatus = new TreeMap<>();
        for (Node c : claims)
            byStatus.computeIfAbsent(statusKey(c), k -> new ArrayList<>()).add(c);
        byStatus.forEach((k, list) -> {
            b.append("\n### ")
                    .append(statusTitle(k.substring(2)))
                    .append(" (")
                    .append(list.size())
                    .append(")\n");
            list.forEach(c -> b.append(claimItem(c, true)));
        });
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
        note.string("notePath")
                .ifPresent(p -> info.append("来源文件 / file: `")
                        .append(p.replace("`", "'"))
                        .append("` · "));
        note.integer("lineCount").ifPresent(n -> info.append(n).append(" 行 lines · "));
        info.append(claimCount)
                .append(" 条论断 claims · ")
                .append(link("index/home"))
                .append("\n");
        // the note's title is our H1, unless the note itself starts with that H1 (then the file line goes under it)
        boolean titleIsSection = titleIsFirstSection(note);
        if (!titleIsSection) {
            b.append("# ")
                    .append(VaultNames.heading(note.label()))
                    .append("\n\n")
                    .append(info);
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
}
