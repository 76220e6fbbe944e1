package org.claimgraph.extract;

import java.util.Map;
import java.util.TreeMap;

/** Counts of what the extractor found, under stable names used by the expected-count files. */
final class NoteCounts {
    private NoteCounts() {}

    static Map<String, Integer> of(Model.Note n) {
        Map<String, Integer> m = new TreeMap<>();
        m.put("sections", n.sections().size());
        m.put("claims", n.claims().size());
        m.put("blocks", n.blocks().size());
        m.put("blocks.unattached", (int)
                n.blocks().stream().filter(b -> b.annotatesFirstLine() < 0).count());
        m.put("blocks.withProblems", (int)
                n.blocks().stream().filter(b -> !b.problems().isEmpty()).count());
        for (BlockForm f : BlockForm.values()) {
            m.put("blocks." + f.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), (int)
                    n.blocks().stream().filter(b -> b.form() == f).count());
        }
        m.put(
                "assessments",
                n.blocks().stream().mapToInt(b -> b.assessments().size()).sum());
        int total = 0;
        for (VerificationStatus s : VerificationStatus.values()) {
            int c = (int) n.blocks().stream()
                    .flatMap(b -> b.assessments().stream())
                    .flatMap(a -> a.statuses().stream())
                    .filter(x -> x.status() == s)
                    .count();
            m.put("statuses." + s.notation(), c);
            total += c;
        }
        m.put("statuses", total);
        int dates = 0;
        for (Model.ProvenanceBlock b : n.blocks()) {
            if (b.updated() != null) dates++;
            for (Model.Assessment a : b.assessments()) if (a.context().updated() != null) dates++;
        }
        m.put("updateDates", dates);
        m.put("tables", n.tables().size());
        m.put("codeBlocks", n.codeBlocks().size());
        m.put("graphEdges", n.graphEdges().size());
        m.put("mindmapNodes", n.mindmapNodes().size());
        m.put("tuples", n.tuples().size());
        m.put("timeline", n.timeline().size());
        m.put("maturity", n.maturity().size());
        m.put("matrixCells", n.scenarioMatrix().size());
        m.put("urls", n.urls().size());
        m.put("urls.distinct", (int)
                n.urls().stream().map(Model.UrlMention::url).distinct().count());
        m.put("lineReferences", n.lineReferences().size());
        m.put("lineReferences.drifted", (int)
                n.lineReferences().stream().filter(r -> !r.resolved()).count());
        m.put("wikilinks", n.wikilinks().size());
        m.put("frontmatter", n.frontmatter().size());
        m.put("unparsed", n.unparsed().size());
        m.put("coverage", n.coverage() == null ? 0 : 1);
        for (ClaimKind k : ClaimKind.values()) {
            m.put("claims." + k.localName(), (int)
                    n.claims().stream().filter(c -> c.kind() == k).count());
        }
        return m;
    }
}
