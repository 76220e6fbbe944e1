package org.claimgraph.extract;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Prints what the extractor found in a note (a developer aid: {@code java ... NoteDump file.md}). */
public final class NoteDump {
    private NoteDump() {}

    public static void main(String[] args) throws Exception {
        for (String a : args) {
            Model.Note n = NoteExtractor.extract(a, Files.readString(Path.of(a), StandardCharsets.UTF_8));
            System.out.println(
                    "# " + a + " lines=" + n.lineCount() + " title=" + n.title() + " date=" + n.documentDate());
            System.out.println("sections=" + n.sections().size() + " claims="
                    + n.claims().size() + " blocks=" + n.blocks().size()
                    + " tables=" + n.tables().size() + " code=" + n.codeBlocks().size() + " edges="
                    + n.graphEdges().size()
                    + " mindmap=" + n.mindmapNodes().size() + " tuples="
                    + n.tuples().size() + " timeline=" + n.timeline().size()
                    + " maturity=" + n.maturity().size() + " matrix="
                    + n.scenarioMatrix().size() + " urls=" + n.urls().size()
                    + " refs=" + n.lineReferences().size() + " wikilinks="
                    + n.wikilinks().size() + " unparsed=" + n.unparsed().size());
            System.out.println("coverage=" + n.coverage());
            java.util.Map<VerificationStatus, Integer> counts = new java.util.TreeMap<>();
            n.blocks()
                    .forEach(b -> b.assessments()
                            .forEach(x -> x.statuses().forEach(st -> counts.merge(st.status(), 1, Integer::sum))));
            System.out.println("statuses=" + counts + " total="
                    + counts.values().stream().mapToInt(Integer::intValue).sum());
            boolean verbose = System.getProperty("v") != null;
            for (Model.ProvenanceBlock b : n.blocks()) {
                System.out.println("BLOCK " + b.index() + " " + b.form() + " " + b.firstLine() + "-" + b.lastLine()
                        + " -> " + b.annotatesFirstLine() + "-" + b.annotatesLastLine() + " '" + b.title() + "' upd="
                        + b.updated() + " " + b.problems());
                if (!verbose) continue;
                for (Model.Field f : b.fields()) System.out.println("   F " + f);
                for (Model.Assessment x : b.assessments()) {
                    System.out.println("   A" + x.index() + " [" + x.firstLine() + "-" + x.lastLine() + "] "
                            + x.subject() + " src=" + x.checks().sourceTypes()
                            + " env=" + x.context().testEnvironment() + " upd="
                            + x.context().updated() + " urls="
                            + x.checks().methodUrls().size() + " m="
                            + x.checks().methods()
                            + " v=" + x.context().versions() + " other="
                            + x.context().otherFields());
                    for (Model.StatusAssertion s : x.statuses()) System.out.println("      S " + s);
                }
            }
            if (System.getProperty("claims") != null)
                for (Model.Claim c : n.claims())
                    System.out.println("CLAIM " + c.index() + " " + c.kind() + " " + c.firstLine() + "-" + c.lastLine()
                            + " refs=" + c.assessments().size() + " tools=" + c.tools() + " v="
                            + c.versions().size() + " m=" + c.measurements().size() + " :: " + Text.clip(c.text(), 80));
            if (System.getProperty("refs") != null)
                for (Model.LineReference r : n.lineReferences()) System.out.println("REF " + r);
            if (System.getProperty("misc") != null) {
                n.graphEdges().forEach(e -> System.out.println("EDGE " + e));
                n.mindmapNodes().forEach(e -> System.out.println("MM " + e));
                n.tuples().forEach(e -> System.out.println("TUP " + e));
                n.timeline().forEach(e -> System.out.println("TL " + e));
                n.maturity().forEach(e -> System.out.println("MAT " + e));
                n.scenarioMatrix().forEach(e -> System.out.println("CELL " + e));
                n.tables()
                        .forEach(e -> System.out.println(
                                "TABLE " + e.index() + " " + e.kind() + " " + e.firstLine() + "-" + e.lastLine()));
                n.frontmatter().forEach(e -> System.out.println("FM " + e));
                n.wikilinks().forEach(e -> System.out.println("WL " + e));
                n.sections().forEach(e -> System.out.println("SEC " + e));
            }
            for (Model.UnparsedLine u : n.unparsed())
                System.out.println("UNPARSED " + u.line() + " " + u.reason() + " :: " + Text.clip(u.text(), 60));
        }
    }
}
