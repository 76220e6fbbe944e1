package org.claimgraph.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.claimgraph.export.PropertyGraph.EdgeType;
import org.claimgraph.export.PropertyGraph.Node;
import org.claimgraph.extract.VerificationStatus;

/**
 * What every page of the Obsidian vault needs: the projection, the vault names, and how a page
 * links (wikilinks, {@code [[Source#Heading]]}), escapes body text, lists claims and ends with
 * {@link ObsidianVaultWriter#USER_LINE}. The page kinds extend it: {@link ObsidianVaultWriter}
 * (sources, tools), {@link ClaimNotes}, {@link IndexNotes}.
 */
abstract class VaultPages {
    final PropertyGraph g;
    final VaultNames names;

    VaultPages(PropertyGraph g, VaultNames names) {
        this.g = g;
        this.names = names;
    }

    String link(String id) {
        return "[[" + names.base(id) + "]]";
    }

    String link(String id, String display) {
        return "[[" + names.base(id) + "|" + display(display) + "]]";
    }

    /** Link text: no characters that end or split a wikilink. */
    static String display(String s) {
        return s.replaceAll("[\\[\\]|#^]", " ").replaceAll("\\s+", " ").strip();
    }

    /** Body text: escapes what Obsidian would turn into links, tags, comments or embeds. */
    static String inline(String s) {
        return s.replace("\\", "\\\\")
                .replace("[[", "\\[\\[")
                .replace("]]", "\\]\\]")
                .replace("%%", "\\%\\%")
                .replaceAll("(^|\\s)#", "$1\\\\#")
                .replace("![", "!\\[");
    }

    /** Heading (unique within its source note) of every section, per note id. */
    Map<String, Map<String, String>> sourceHeadings() {
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
    boolean titleIsFirstSection(Node note) {
        List<Node> sections = sectionsOf(note.id());
        return !sections.isEmpty()
                && sections.get(0).integer("level").orElse(0L) == 1
                && VaultNames.heading(sections.get(0).label()).equals(VaultNames.heading(note.label()));
    }

    List<Node> sectionsOf(String noteId) {
        return g.in(noteId, EdgeType.IN_NOTE).stream()
                .map(e -> g.node(e.source()).orElseThrow())
                .filter(n -> n.type() == NodeKind.SECTION)
                .sorted(BY_LINE)
                .toList();
    }

    List<Node> claimsIn(String id, EdgeType via) {
        return g.in(id, via).stream()
                .map(e -> g.node(e.source()).orElseThrow())
                .filter(n -> n.type() == NodeKind.CLAIM)
                .sorted(BY_LINE)
                .toList();
    }

    static final Comparator<Node> BY_LINE = Comparator.comparing(
                    (Node n) -> n.integer("firstLine").orElse(Long.MAX_VALUE))
            .thenComparing(Node::id);

    static String statusMark(Node claim) {
        return claim.string("status")
                .flatMap(VerificationStatus::ofNotation)
                .map(VerificationStatus::emoji)
                .orElse("·");
    }

    String claimItem(Node c, boolean withSource) {
        StringBuilder sb = new StringBuilder("- ")
                .append(statusMark(c))
                .append(' ')
                .append(link(c.id(), Projector.shorten(c.string("text").orElse(c.label()), 60)));
        c.integer("firstLine").ifPresent(l -> sb.append(" · ").append(lines(c)));
        if (withSource) {
            g.out(c.id(), EdgeType.IN_SECTION).stream()
                    .findFirst()
                    .or(() -> g.out(c.id(), EdgeType.IN_NOTE).stream().findFirst())
                    .flatMap(e -> noteOf(e.target()))
                    .ifPresent(note -> sb.append(" · ").append(link(note)));
        }
        return sb.append('\n').toString();
    }

    static String lines(Node n) {
        long first = n.integer("firstLine").orElse(0L);
        long last = n.integer("lastLine").orElse(first);
        return first == last ? "第 " + first + " 行" : "第 " + first + "–" + last + " 行";
    }

    /** The note a section or note id belongs to. */
    java.util.Optional<String> noteOf(String id) {
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
    String location(Node claim, Map<String, Map<String, String>> headings) {
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

    String versionHeading(Node version) {
        return VaultNames.heading(version.label());
    }

    String versionLink(Node version) {
        return g.out(version.id(), EdgeType.VERSION_OF).stream()
                .findFirst()
                .filter(e -> names.base(e.target()) != null)
                .map(e -> "[[" + names.base(e.target()) + "#" + versionHeading(version) + "]]")
                .orElse(null);
    }

    static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    static List<String> tags(String kind, Node n) {
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

    /**
     * Ends a generated note: a blank line, then {@link #USER_LINE}. Every note must end the same
     * way because {@link VaultSync} finds the user's text by this line and keeps what follows it.
     */
    static String withUserLine(StringBuilder note) {
        return note.append('\n')
                .append(ObsidianVaultWriter.USER_LINE)
                .append('\n')
                .toString();
    }

    static void field(StringBuilder b, String name, String value) {
        if (value != null) {
            b.append("- ")
                    .append(name)
                    .append(": ")
                    .append(inline(value.replaceAll("\\R", " ")))
                    .append('\n');
        }
    }

    /** Sort key putting the weakest status first and "no status" last. */
    static String statusKey(Node c) {
        return c.string("status")
                .flatMap(VerificationStatus::ofNotation)
                .map(s -> s.rank() + ":" + s.notation())
                .orElse("9:none");
    }

    static String statusTitle(String notation) {
        return VerificationStatus.ofNotation(notation)
                .map(s -> s.emoji() + " " + s.zh() + " " + s.notation())
                .orElse("无标注 none");
    }
}
