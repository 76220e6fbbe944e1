package org.claimgraph.export;

import static org.claimgraph.export.Projector.localName;
import static org.claimgraph.export.Projector.nodeId;
import static org.claimgraph.export.Projector.shorten;
import static org.claimgraph.export.Projector.statusNodeId;
import static org.claimgraph.export.Rows.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.claimgraph.export.PropertyGraph.EdgeType;
import org.claimgraph.export.PropertyGraph.StatusLine;
import org.claimgraph.extract.VerificationStatus;
import org.claimgraph.rdf.CG;

/** One projection ({@link Projector}): collects rows, then emits nodes and edges in a fixed order. */
final class ProjectionRun {
    private final Dataset dataset;
    private final Set<NodeKind> include;
    private final PropertyGraph.Builder b = PropertyGraph.builder();
    private final Map<String, String> notePaths = new HashMap<>();
    private final Map<String, String> toolLabels = new HashMap<>();
    private final Map<String, Map<String, Long>> claimCounts = new HashMap<>();

    ProjectionRun(Dataset dataset, Set<NodeKind> include) {
        this.dataset = dataset;
        this.include = include;
    }

    PropertyGraph build() {
        notes();
        tools();
        versions();
        sections();
        claims();
        // how many distinct claims point at each note, section, tool, version and status
        claimCounts.forEach((id, claims) -> b.attr(id, "claimCount", (long) claims.size()));
        return b.build();
    }

    private void count(String targetId, String claimId) {
        claimCounts.computeIfAbsent(targetId, k -> new TreeMap<>()).merge(claimId, 1L, (a, c) -> 1L);
    }

    private void notes() {
        select("notes", row -> {
            String iri = iri(row, "note");
            String path = str(row, "path");
            notePaths.put(iri, path);
            if (!include.contains(NodeKind.NOTE)) return;
            String title = str(row, "title");
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("iri", iri);
            a.put("notePath", path);
            a.put("title", title);
            a.put("documentDate", date(row, "date"));
            a.put("lineCount", integer(row, "lines"));
            b.node(nodeId(iri), NodeKind.NOTE, title != null ? title : path != null ? path : nodeId(iri), a);
        });
    }

    private void tools() {
        Map<String, Set<String>> aliases = new HashMap<>();
        select(
                "tool-aliases",
                row -> aliases.computeIfAbsent(iri(row, "tool"), k -> new TreeSet<>())
                        .add(str(row, "alias")));
        select("tools", row -> {
            String iri = iri(row, "tool");
            String label = str(row, "label");
            if (label == null) {
                label = localName(iri);
            }
            toolLabels.put(iri, label);
            if (include.contains(NodeKind.TOOL)) {
                Map<String, Object> a = new LinkedHashMap<>();
                a.put("iri", iri);
                a.put("aliases", new ArrayList<>(aliases.getOrDefault(iri, Set.of())));
                b.node(nodeId(iri), NodeKind.TOOL, label, a);
            }
        });
        if (include.contains(NodeKind.TOOL)) {
            select("tool-maturity", row -> {
                RDFNode m = row.get("maturity");
                if (m != null && m.isLiteral()) {
                    double v = m.asLiteral().getDouble();
                    b.attr(nodeId(iri(row, "tool")), "maturity", Math.round(v * 1e6) / 1e6);
                }
            });
        }
    }

    private void versions() {
        if (!include.contains(NodeKind.VERSION)) return;
        select("versions", row -> {
            String iri = iri(row, "version");
            String tool = iri(row, "tool");
            String vs = str(row, "versionString");
            String constraint = str(row, "constraint");
            String toolLabel = tool == null ? null : toolLabels.getOrDefault(tool, localName(tool));
            String label = (toolLabel == null ? "" : toolLabel + " ")
                    + (constraint == null || constraint.equals("=") ? "" : constraint)
                    + (vs == null ? localName(iri) : vs);
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("iri", iri);
            a.put("versionString", vs);
            a.put("constraint", constraint);
            b.node(nodeId(iri), NodeKind.VERSION, label, a);
            if (tool != null) {
                b.edge(nodeId(iri), nodeId(tool), EdgeType.VERSION_OF);
            }
        });
    }

    /** Subject → property local name → values (sorted, so "first" is deterministic), for the given subjects. */
    private Map<Node, Map<String, List<RDFNode>>> properties(String query, Set<Node> subjects) {
        Map<Node, Map<String, List<RDFNode>>> out = new HashMap<>();
        select(query, row -> {
            Node s = row.get("s").asNode();
            if (subjects.contains(s)) {
                out.computeIfAbsent(s, k -> new HashMap<>())
                        .computeIfAbsent(localName(row.get("p").asResource().getURI()), k -> new ArrayList<>())
                        .add(row.get("o"));
            }
        });
        out.values().forEach(m -> m.values().forEach(l -> l.sort(Comparator.comparing(RDFNode::toString))));
        return out;
    }

    private Map<Node, Map<String, List<RDFNode>>> located;

    /** claims and sections: literal and link properties read with one scan per property. */
    private Map<Node, Map<String, List<RDFNode>>> located(Set<Node> subjects) {
        if (located == null) {
            located = properties("located-properties", subjects);
        }
        return located;
    }

    private Set<Node> sectionIds = Set.of();
    private final Set<Node> claimIds = new java.util.HashSet<>();
    private final Map<Node, String> claimKinds = new HashMap<>();

    /** Reads which resources are sections and claims, then their properties in one pass. */
    private void readLocated() {
        Set<Node> sections = new java.util.HashSet<>();
        if (include.contains(NodeKind.SECTION)) {
            select("sections", row -> sections.add(row.get("section").asNode()));
        }
        sectionIds = sections;
        if (include.contains(NodeKind.CLAIM)) {
            select("claims", row -> {
                Node claim = row.get("claim").asNode();
                claimIds.add(claim);
                String cls = localName(row.get("class").asResource().getURI());
                if (!cls.equals("Claim")) {
                    claimKinds.merge(claim, cls, (x, y) -> x.compareTo(y) <= 0 ? x : y);
                }
            });
        }
        Set<Node> all = new java.util.HashSet<>(sections);
        all.addAll(claimIds);
        located(all);
    }

    private void sections() {
        readLocated();
        for (Node sec : sectionIds) {
            if (!sec.isURI()) continue;
            Map<String, List<RDFNode>> p = located.getOrDefault(sec, Map.of());
            String iri = sec.getURI();
            String note = firstIri(p, "inNote");
            String heading = firstString(p, "heading");
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("iri", iri);
            a.put("heading", heading);
            a.put("headingPath", firstString(p, "headingPath"));
            a.put("level", firstLong(p, "level"));
            a.put("firstLine", firstLong(p, "firstLine"));
            a.put("lastLine", firstLong(p, "lastLine"));
            a.put("notePath", note == null ? null : notePaths.get(note));
            b.node(nodeId(iri), NodeKind.SECTION, heading == null ? localName(iri) : heading, a);
            String parent = firstIri(p, "parentSection");
            if (parent != null) {
                b.edge(nodeId(iri), nodeId(parent), EdgeType.SUBSECTION_OF);
            }
            if (note != null) {
                b.edge(nodeId(iri), nodeId(note), EdgeType.IN_NOTE);
            }
        }
    }

    /** Claims with their place, folded provenance and figures, and their edges to tools and versions. */
    private void claims() {
        if (!include.contains(NodeKind.CLAIM)) return;
        Map<String, Map<String, Object>> attrs = new TreeMap<>();
        Map<String, String> labels = new HashMap<>();
        for (Node claim : claimIds) if (claim.isURI()) claim(claim, attrs, labels);
        provenance(attrs);
        measurements(attrs);
        attrs.forEach((id, a) -> b.node(id, NodeKind.CLAIM, labels.get(id), a));
        claimEdges("claim-tools", "tool", EdgeType.ABOUT_TOOL, attrs.keySet());
        claimEdges("claim-versions", "version", EdgeType.ABOUT_VERSION, attrs.keySet());
    }

    /** A claim's attributes and label, and its edge to its section (to its note when sections are left out). */
    private void claim(Node claim, Map<String, Map<String, Object>> attrs, Map<String, String> labels) {
        Map<String, List<RDFNode>> p = located.getOrDefault(claim, Map.of());
        String iri = claim.getURI();
        String id = nodeId(iri);
        String text = firstString(p, "text");
        String note = firstIri(p, "inNote");
        String section = firstIri(p, "inSection");
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("iri", iri);
        a.put("kind", claimKinds.getOrDefault(claim, "Claim"));
        a.put("text", text);
        a.put("firstLine", firstLong(p, "firstLine"));
        a.put("lastLine", firstLong(p, "lastLine"));
        a.put("notePath", note == null ? null : notePaths.get(note));
        attrs.put(id, a);
        labels.put(id, text == null ? localName(iri) : shorten(text));
        if (section != null && include.contains(NodeKind.SECTION)) {
            b.edge(id, nodeId(section), EdgeType.IN_SECTION);
            count(nodeId(section), id);
        }
        if (note != null && (section == null || !include.contains(NodeKind.SECTION)))
            b.edge(id, nodeId(note), EdgeType.IN_NOTE);
        if (note != null) count(nodeId(note), id);
    }

    /** Each claim's measurements as displayed, sorted. */
    private void measurements(Map<String, Map<String, Object>> attrs) {
        Map<String, Set<String>> figures = new HashMap<>();
        select("claim-measurements", row -> {
            String display = measurement(row);
            if (display != null)
                figures.computeIfAbsent(nodeId(iri(row, "claim")), k -> new TreeSet<>())
                        .add(display);
        });
        figures.forEach((id, f) -> {
            if (attrs.containsKey(id)) attrs.get(id).put("measurements", new ArrayList<>(f));
        });
    }

    /** An edge of {@code type} from each of {@code claims} to the {@code target} that {@code query} pairs it with. */
    private void claimEdges(String query, String target, EdgeType type, Set<String> claims) {
        select(query, row -> {
            String claim = nodeId(iri(row, "claim"));
            String to = nodeId(iri(row, target));
            if (claims.contains(claim)) {
                b.edge(claim, to, type);
                count(to, claim);
            }
        });
    }

    /** Reads the assessments of the claims and folds them into per-claim assessments and flat attributes. */
    private void provenance(Map<String, Map<String, Object>> attrs) {
        Map<String, List<Node>> byClaim = new TreeMap<>();
        Set<Node> assessments = new java.util.HashSet<>();
        select("claim-provenance", row -> {
            String claim = nodeId(iri(row, "claim"));
            if (attrs.containsKey(claim)) {
                Node a = row.get("assessment").asNode();
                byClaim.computeIfAbsent(claim, k -> new ArrayList<>()).add(a);
                assessments.add(a);
            }
        });
        Map<Node, Map<String, List<RDFNode>>> ap = properties("assessment-properties", assessments);
        Set<Node> statusNodes = new java.util.HashSet<>();
        ap.values()
                .forEach(
                        m -> m.getOrDefault("hasStatusAssertion", List.of()).forEach(n -> statusNodes.add(n.asNode())));
        Map<Node, Map<String, List<RDFNode>>> sp = properties("assessment-properties", statusNodes);
        Map<Node, Set<String>> types = new HashMap<>();
        select(
                "assessment-source-types",
                row -> types.computeIfAbsent(row.get("assessment").asNode(), k -> new TreeSet<>())
                        .add(row.get("sourceType").asLiteral().getLexicalForm()));
        Map<Node, Set<String>> envs = new HashMap<>();
        select(
                "assessment-environments",
                row -> envs.computeIfAbsent(row.get("assessment").asNode(), k -> new TreeSet<>())
                        .add(row.get("environment").asLiteral().getLexicalForm()));
        Map<Node, LocalDate> blockDates = new HashMap<>();
        select("block-dates", row -> {
            LocalDate d = date(row, "modified");
            if (d != null) {
                blockDates.merge(row.get("assessment").asNode(), d, (x, y) -> x.isAfter(y) ? x : y);
            }
        });

        for (Map.Entry<String, List<Node>> e : byClaim.entrySet()) {
            List<PropertyGraph.Assessment> list = new ArrayList<>();
            for (Node an : e.getValue()) {
                PropertyGraph.Assessment as = assessment(
                        ap.getOrDefault(an, Map.of()),
                        sp,
                        types.getOrDefault(an, Set.of()),
                        envs.getOrDefault(an, Set.of()),
                        blockDates.get(an));
                b.assessment(e.getKey(), as);
                list.add(as);
            }
            fold(e.getKey(), attrs.get(e.getKey()), list);
        }
    }

    /** A claim's flat attributes from its assessments (weakest status, every status, phrase, type, URL, environment, latest date) and its status edges. */
    private void fold(String claim, Map<String, Object> a, List<PropertyGraph.Assessment> assessments) {
        TreeSet<String> statuses = new TreeSet<>();
        TreeSet<String> phrases = new TreeSet<>();
        TreeSet<String> allTypes = new TreeSet<>();
        TreeSet<String> urls = new TreeSet<>();
        TreeSet<String> allEnvs = new TreeSet<>();
        VerificationStatus weakest = null;
        LocalDate updated = null;
        for (PropertyGraph.Assessment as : assessments) {
            for (StatusLine sl : as.statuses()) {
                if (sl.status() != null) {
                    statuses.add(sl.status().notation());
                    if (weakest == null || sl.status().rank() < weakest.rank()) {
                        weakest = sl.status();
                    }
                }
                if (sl.phrase() != null) {
                    phrases.add(sl.phrase());
                }
            }
            allTypes.addAll(as.sourceTypes());
            urls.addAll(as.urls());
            if (as.testEnvironment() != null) {
                allEnvs.add(as.testEnvironment());
            }
            if (as.updated() != null && (updated == null || as.updated().isAfter(updated))) {
                updated = as.updated();
            }
        }
        a.put("status", weakest == null ? null : weakest.notation());
        a.put("statuses", new ArrayList<>(statuses));
        a.put("statusPhrases", new ArrayList<>(phrases));
        a.put("sourceTypes", new ArrayList<>(allTypes));
        a.put("verificationUrls", new ArrayList<>(urls));
        a.put("testEnvironments", new ArrayList<>(allEnvs));
        a.put("updated", updated);
        if (include.contains(NodeKind.STATUS)) {
            for (String s : statuses) {
                VerificationStatus st = VerificationStatus.ofNotation(s).orElseThrow();
                if (!b.has(statusNodeId(st))) {
                    b.node(
                            statusNodeId(st),
                            NodeKind.STATUS,
                            st.zh() + " (" + st.notation() + ")",
                            Map.of("status", st.notation(), "kind", "Status", "iri", CG.NS + st.conceptName()));
                }
                b.edge(claim, statusNodeId(st), EdgeType.HAS_STATUS);
                count(statusNodeId(st), claim);
            }
        }
    }

    private void select(String query, Consumer<QuerySolution> each) {
        try (QueryExecution qe = QueryExecution.create()
                .query(Queries.get(query))
                .dataset(dataset)
                .build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                each.accept(rs.next());
            }
        }
    }
}
