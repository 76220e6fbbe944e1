package org.claimgraph.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What {@code --include} (CLI) or {@code ?include=} (server) asks an export for: the node kinds to
 * project ({@link NodeKind}) and whether to add the claim history ({@value #HISTORY}: the Obsidian
 * export gets a History section in each claim note, the JSON-LD export the history graph; the
 * other formats ignore it). {@code history} alone means every node kind plus the history.
 *
 * @param kinds   the node kinds to project
 * @param history whether the claim history is exported too
 */
public record ExportSelection(Set<NodeKind> kinds, boolean history) {
    /** The word that asks for the claim history. */
    public static final String HISTORY = "history";

    /** Every node kind, no history: the default. */
    public static ExportSelection all() {
        return new ExportSelection(NodeKind.all(), false);
    }

    /**
     * Parses {@code "claims,tools,history"}; null or blank gives {@link #all()}.
     *
     * @throws IllegalArgumentException naming the unknown word and the accepted ones
     */
    public static ExportSelection parse(String list) {
        if (list == null || list.isBlank()) return all();
        boolean history = false;
        List<String> rest = new ArrayList<>();
        for (String word : list.split(",")) {
            String w = word.trim();
            if (w.toLowerCase(Locale.ROOT).equals(HISTORY)) history = true;
            else if (!w.isEmpty()) rest.add(w);
        }
        try {
            return new ExportSelection(
                    rest.isEmpty() ? NodeKind.all() : NodeKind.parse(String.join(",", rest)), history);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    e.getMessage() + "; add 'history' for the claim history (obsidian, jsonld)", e);
        }
    }
}
