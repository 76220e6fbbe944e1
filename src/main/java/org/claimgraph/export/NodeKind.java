package org.claimgraph.export;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.claimgraph.extract.VerificationStatus;

/**
 * The kinds of node a projection can carry. {@code --include} names them by {@link #option()}.
 * Each kind knows its Neo4j label and the colour graph tools draw it in (claims are coloured by
 * their status instead, see {@link VerificationStatus#colour()}).
 */
public enum NodeKind {
    NOTE("notes", "Note", "#6d4c41"),
    SECTION("sections", "Section", "#a1887f"),
    CLAIM("claims", "Claim", "#9e9e9e"),
    TOOL("tools", "Tool", "#1565c0"),
    VERSION("versions", "Version", "#5c6bc0"),
    STATUS("statuses", "Status", "#455a64");

    private final String option;
    private final String label;
    private final String color;

    NodeKind(String option, String label, String color) {
        this.option = option;
        this.label = label;
        this.color = color;
    }

    /** The name used by {@code --include}, e.g. {@code claims}. */
    public String option() {
        return option;
    }

    /** The node label in Neo4j and the {@code kind} attribute elsewhere, e.g. {@code Claim}. */
    public String label() {
        return label;
    }

    /** Fill colour as {@code #rrggbb}. */
    public String color() {
        return color;
    }

    /** Every kind: the default projection. */
    public static Set<NodeKind> all() {
        return EnumSet.allOf(NodeKind.class);
    }

    /**
     * Parses {@code "claims,tools,versions"} (singular forms and {@code all} accepted).
     *
     * @throws IllegalArgumentException naming the unknown word and the accepted ones
     */
    public static Set<NodeKind> parse(String list) {
        if (list == null || list.isBlank()) {
            return all();
        }
        EnumSet<NodeKind> out = EnumSet.noneOf(NodeKind.class);
        for (String word : list.split(",")) {
            String w = word.trim().toLowerCase(Locale.ROOT);
            if (w.isEmpty()) {
                continue;
            }
            if (w.equals("all")) {
                return all();
            }
            NodeKind found = null;
            for (NodeKind k : values()) {
                if (k.option.equals(w) || k.option.equals(w + "s") || k.option.equals(w + "es")) {
                    found = k;
                }
            }
            if (found == null) {
                throw new IllegalArgumentException(
                        "unknown --include kind '" + word.trim()
                                + "'; use a comma-separated list of notes, sections, claims, tools, versions, statuses (or all)");
            }
            out.add(found);
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("--include names no node kind");
        }
        return out;
    }
}
