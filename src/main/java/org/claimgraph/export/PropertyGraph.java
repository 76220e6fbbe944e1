package org.claimgraph.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.claimgraph.extract.VerificationStatus;

/**
 * A small directed property graph: what {@link Projector} reads from the dataset and every
 * graph writer consumes. Nodes are sorted by id, edges by (source, type, target); ids are stable
 * (derived from IRIs), so the same dataset always gives the same graph.
 *
 * <p>Attribute values are {@code String}, {@code Long}, {@code Double}, {@code Boolean},
 * {@code LocalDate} or {@code List<String>}; {@link #ATTRIBUTES} gives each attribute name its type.
 */
public final class PropertyGraph {

    /** The type of an attribute, shared by all formats that declare typed keys. */
    public enum AttrType {
        STRING,
        INT,
        DOUBLE,
        BOOLEAN,
        DATE,
        STRING_LIST
    }

    /**
     * Every attribute a node may carry, in the order formats declare them. {@code label} and
     * {@code kind} are on every node; the others where the graph states them.
     */
    public static final Map<String, AttrType> ATTRIBUTES;

    static {
        Map<String, AttrType> m = new LinkedHashMap<>();
        m.put("label", AttrType.STRING); // display name
        m.put("type", AttrType.STRING); // NodeKind label: Note, Section, Claim, Tool, Version, VerificationStatus
        m.put("kind", AttrType.STRING); // claim class (PerformanceFigure …) or the type for others
        m.put("status", AttrType.STRING); // weakest status notation of a claim; the notation of a status node
        m.put("maturity", AttrType.DOUBLE); // mean maturity in [0,1] where the graph states one
        m.put("iri", AttrType.STRING);
        m.put("text", AttrType.STRING);
        m.put("statuses", AttrType.STRING_LIST);
        m.put("statusPhrases", AttrType.STRING_LIST);
        m.put("sourceTypes", AttrType.STRING_LIST);
        m.put("verificationUrls", AttrType.STRING_LIST);
        m.put("testEnvironments", AttrType.STRING_LIST);
        m.put("measurements", AttrType.STRING_LIST);
        m.put("updated", AttrType.DATE);
        m.put("notePath", AttrType.STRING);
        m.put("headingPath", AttrType.STRING);
        m.put("heading", AttrType.STRING);
        m.put("level", AttrType.INT);
        m.put("firstLine", AttrType.INT);
        m.put("lastLine", AttrType.INT);
        m.put("title", AttrType.STRING);
        m.put("documentDate", AttrType.DATE);
        m.put("lineCount", AttrType.INT);
        m.put("aliases", AttrType.STRING_LIST);
        m.put("versionString", AttrType.STRING);
        m.put("constraint", AttrType.STRING);
        m.put("claimCount", AttrType.INT);
        ATTRIBUTES = Collections.unmodifiableMap(m);
    }

    /** A node; {@code attributes} is sorted by name and holds {@code label} and {@code kind} too. */
    public record Node(String id, NodeKind type, String label, SortedMap<String, Object> attributes) {
        public Optional<Object> attr(String name) {
            return Optional.ofNullable(attributes.get(name));
        }

        public Optional<String> string(String name) {
            return attr(name).map(Object::toString);
        }

        @SuppressWarnings("unchecked")
        public List<String> list(String name) {
            Object v = attributes.get(name);
            return v instanceof List<?> l ? (List<String>) l : List.of();
        }

        public Optional<Long> integer(String name) {
            return attr(name).filter(Long.class::isInstance).map(Long.class::cast);
        }
    }

    /**
     * A directed edge. {@code type} is an upper-case relationship name ({@code ABOUT_TOOL});
     * {@code label} the short text drawn on it.
     */
    public record Edge(String source, String target, EdgeType type) {
        /** Stable edge id: {@code source>TYPE>target}. */
        public String id() {
            return source + ">" + type.name() + ">" + target;
        }
    }

    /** The relationships a projection carries. */
    public enum EdgeType {
        IN_NOTE("in note"),
        SUBSECTION_OF("subsection of"),
        IN_SECTION("in section"),
        ABOUT_TOOL("about"),
        ABOUT_VERSION("about version"),
        VERSION_OF("version of"),
        HAS_STATUS("status");

        private final String label;

        EdgeType(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One provenance assessment of a claim, as the vault shows it. Lists are sorted; absent
     * values are null.
     */
    public record Assessment(
            String subject,
            List<StatusLine> statuses,
            List<String> sourceTypes,
            List<String> sourceTypePhrases,
            List<String> urls,
            List<String> methodTexts,
            String testEnvironment,
            String remark,
            String basis,
            LocalDate updated,
            Integer firstLine) {}

    /** A status assertion: the concept (null when unknown), the exact phrase and its qualifier. */
    public record StatusLine(VerificationStatus status, String phrase, String qualifier) {}

    private final List<Node> nodes;
    private final Map<String, Node> byId;
    private final List<Edge> edges;
    private final Map<String, List<Assessment>> assessments;

    private final Map<String, List<Edge>> outgoing = new java.util.HashMap<>();
    private final Map<String, List<Edge>> incoming = new java.util.HashMap<>();

    private PropertyGraph(SortedMap<String, Node> nodes, List<Edge> edges, Map<String, List<Assessment>> assessments) {
        this.nodes = List.copyOf(nodes.values());
        this.byId = Collections.unmodifiableMap(new TreeMap<>(nodes));
        this.edges = List.copyOf(edges);
        this.assessments = Collections.unmodifiableMap(new TreeMap<>(assessments));
        for (Edge e : this.edges) { // adjacency in edge order, so lookups stay linear in the answer
            outgoing.computeIfAbsent(e.source(), k -> new ArrayList<>()).add(e);
            incoming.computeIfAbsent(e.target(), k -> new ArrayList<>()).add(e);
        }
    }

    /** Nodes sorted by id. */
    public List<Node> nodes() {
        return nodes;
    }

    /** Edges sorted by (source, type, target); both ends are nodes of this graph. */
    public List<Edge> edges() {
        return edges;
    }

    public Optional<Node> node(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<Node> nodes(NodeKind kind) {
        return nodes.stream().filter(n -> n.type() == kind).toList();
    }

    /** Edges leaving {@code id}, in edge order. */
    public List<Edge> out(String id, EdgeType type) {
        return outgoing.getOrDefault(id, List.of()).stream()
                .filter(e -> e.type() == type)
                .toList();
    }

    /** Edges entering {@code id}, in edge order. */
    public List<Edge> in(String id, EdgeType type) {
        return incoming.getOrDefault(id, List.of()).stream()
                .filter(e -> e.type() == type)
                .toList();
    }

    /** Number of edges touching {@code id}. */
    public int degree(String id) {
        return outgoing.getOrDefault(id, List.of()).size()
                + incoming.getOrDefault(id, List.of()).size();
    }

    /** The provenance assessments of a claim, ordered by line then subject; empty when none. */
    public List<Assessment> assessments(String claimId) {
        return assessments.getOrDefault(claimId, List.of());
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects nodes and edges in any order; {@link #build()} sorts them and drops dangling edges. */
    public static final class Builder {
        private final SortedMap<String, Node> nodes = new TreeMap<>();
        private final List<Edge> edges = new ArrayList<>();
        private final Map<String, List<Assessment>> assessments = new TreeMap<>();

        /** Adds a node, or merges attributes into the node already there. */
        public Builder node(String id, NodeKind type, String label, Map<String, Object> attrs) {
            Node old = nodes.get(id);
            SortedMap<String, Object> a = old == null ? new TreeMap<>() : new TreeMap<>(old.attributes());
            attrs.forEach((k, v) -> {
                if (v != null && !(v instanceof List<?> l && l.isEmpty())) {
                    if (!ATTRIBUTES.containsKey(k)) {
                        throw new IllegalArgumentException("undeclared attribute " + k);
                    }
                    a.put(k, v instanceof List<?> l ? List.copyOf(new java.util.TreeSet<>(castStrings(l))) : v);
                }
            });
            String lab = old != null && label == null ? old.label() : Objects.requireNonNullElse(label, id);
            a.put("label", lab);
            a.putIfAbsent("type", type.label());
            a.putIfAbsent("kind", type.label());
            nodes.put(id, new Node(id, type, lab, Collections.unmodifiableSortedMap(a)));
            return this;
        }

        public boolean has(String id) {
            return nodes.containsKey(id);
        }

        /** Sets one attribute of a node already added; ignored when there is no such node. */
        public Builder attr(String id, String name, Object value) {
            Node old = nodes.get(id);
            if (old != null) {
                node(id, old.type(), old.label(), Map.of(name, value));
            }
            return this;
        }

        public Builder edge(String source, String target, EdgeType type) {
            edges.add(new Edge(source, target, type));
            return this;
        }

        public Builder assessment(String claimId, Assessment a) {
            assessments.computeIfAbsent(claimId, k -> new ArrayList<>()).add(a);
            return this;
        }

        public PropertyGraph build() {
            List<Edge> kept = edges.stream()
                    .filter(e -> nodes.containsKey(e.source()) && nodes.containsKey(e.target()))
                    .distinct()
                    .sorted(Comparator.comparing(Edge::source)
                            .thenComparing(e -> e.type().name())
                            .thenComparing(Edge::target))
                    .toList();
            Map<String, List<Assessment>> as = new TreeMap<>();
            assessments.forEach((k, v) -> {
                if (nodes.containsKey(k)) {
                    as.put(
                            k,
                            v.stream()
                                    .distinct()
                                    .sorted(Comparator.comparing((Assessment x) ->
                                                    x.firstLine() == null ? Integer.MAX_VALUE : x.firstLine())
                                            .thenComparing(x -> Objects.requireNonNullElse(x.subject(), ""))
                                            .thenComparing(Object::toString))
                                    .toList());
                }
            });
            return new PropertyGraph(nodes, kept, as);
        }

        private static List<String> castStrings(List<?> l) {
            return l.stream().map(Object::toString).toList();
        }
    }
}
