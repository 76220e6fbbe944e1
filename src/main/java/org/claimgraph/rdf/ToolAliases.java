package org.claimgraph.rdf;

import java.util.List;
import org.claimgraph.extract.ToolCatalog;

/** Aliases of a canonical tool name, written as {@code skos:altLabel}. */
final class ToolAliases {
    private ToolAliases() {}

    /** The aliases the extractor's tool catalog knows for {@code canonical}; empty when none. */
    static List<String> aliases(String canonical) {
        return ToolCatalog.aliases(canonical);
    }
}
