package org.claimgraph.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.rdf.CGH;
import org.claimgraph.store.Stores;

/**
 * The dataset as JSON-LD 1.1 compacted against our published context
 * ({@code ontology/context.jsonld}, served as {@value #CONTEXT_URL}). Every named graph becomes
 * {@code {"@id": graph, "@graph": [...]}}; triples of the real default graph (if any) are top-level
 * nodes. A property is written with its context term when the term's coercion fits the value
 * ({@code "inNote": "cgid:note/…"}, {@code "firstLine": "12"}, {@code "text": "…"} for {@code @zh});
 * otherwise with a compact IRI key and a full value object, so expansion always gives back exactly
 * the dataset's quads.
 *
 * <p>Deterministic: graphs, subjects, keys and values are sorted; blank nodes are relabelled
 * {@code _:b0, _:b1 …} in the order of a signature of their own triples (identical for isomorphic
 * input unless two blank nodes differ only further away).
 *
 * <p>The claim history graph is left out unless asked for ({@code export jsonld --include history}).
 */
public final class JsonLdWriter {
    /** Where the context is published; {@code ontology/context.jsonld} in the repository. */
    public static final String CONTEXT_URL = "https://w3id.org/claimgraph/context.jsonld";

    static final String CONTEXT_RESOURCE = "ontology/context.jsonld";

    private final Context ctx;

    private JsonLdWriter(Context ctx) {
        this.ctx = ctx;
    }

    /**
     * Writes the dataset. With {@code inlineContext} the context object is embedded (reads
     * offline with any processor); otherwise the document points at {@value #CONTEXT_URL}.
     */
    public static void write(Dataset stored, boolean inlineContext, OutputStream out) throws IOException {
        write(stored, inlineContext, false, out);
    }

    /**
     * As {@link #write(Dataset, boolean, OutputStream)}; the claim history graph
     * ({@link CGH#HISTORY_GRAPH}) is written only when {@code history} is set, so that a store
     * recording history exports the same document as one that does not.
     */
    public static void write(Dataset stored, boolean inlineContext, boolean history, OutputStream out)
            throws IOException {
        Dataset dataset = Stores.asStored(stored); // graph by graph, not the union view
        String json = dataset.isInTransaction()
                ? new JsonLdWriter(Context.load()).render(dataset.asDatasetGraph(), inlineContext, history)
                : Txn.calculateRead(
                        dataset,
                        () -> new JsonLdWriter(Context.load())
                                .render(dataset.asDatasetGraph(), inlineContext, history));
        out.write(json.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** The context document's text, e.g. to serve it at {@value #CONTEXT_URL}. */
    public static String contextDocument() {
        return Context.text();
    }

    private String render(DatasetGraph dsg, boolean inline, boolean history) {
        Map<Node, List<Quad>> byGraph = new HashMap<>();
        List<Quad> all = new ArrayList<>();
        Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
        while (it.hasNext()) {
            Quad q = it.next();
            if (!history && CGH.historyGraph.equals(q.getGraph())) continue;
            all.add(q);
            Node gname = q.isDefaultGraph() ? Quad.defaultGraphIRI : q.getGraph();
            byGraph.computeIfAbsent(gname, k -> new ArrayList<>()).add(q);
        }
        Map<Node, String> blanks = BlankLabels.assign(all);

        Map<String, Object> root = new LinkedHashMap<>();
        root.put("@context", inline ? ctx.contextValue : CONTEXT_URL);
        List<Object> top = new ArrayList<>();
        List<Quad> dflt = byGraph.remove(Quad.defaultGraphIRI);
        if (dflt != null) {
            top.addAll(nodes(dflt, blanks));
        }
        TreeMap<String, Node> graphs = new TreeMap<>();
        byGraph.keySet().forEach(gn -> graphs.put(id(gn, blanks), gn));
        for (Map.Entry<String, Node> gn : graphs.entrySet()) {
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("@id", gn.getKey());
            g.put("@graph", nodes(byGraph.get(gn.getValue()), blanks));
            top.add(g);
        }
        top.sort((a, b) -> key(a).compareTo(key(b)));
        root.put("@graph", top);
        return Json.print(root);
    }

    @SuppressWarnings("unchecked")
    private static String key(Object nodeObject) {
        Object id = ((Map<String, Object>) nodeObject).get("@id");
        return (((Map<String, Object>) nodeObject).containsKey("@graph") ? "1" : "0") + id;
    }

    private List<Object> nodes(List<Quad> quads, Map<Node, String> blanks) {
        Map<String, Map<String, List<Object>>> subjects = new TreeMap<>();
        Map<String, Map<String, List<String>>> sortKeys = new HashMap<>();
        for (Quad q : quads) {
            String s = id(q.getSubject(), blanks);
            Map<String, List<Object>> props = subjects.computeIfAbsent(s, k -> new TreeMap<>());
            Map<String, List<String>> sk = sortKeys.computeIfAbsent(s, k -> new HashMap<>());
            String k;
            Object v;
            if (q.getPredicate().equals(RDF.type.asNode()) && !q.getObject().isLiteral()) {
                k = "@type";
                v = id(q.getObject(), blanks);
            } else {
                Object[] kv = property(q.getPredicate().getURI(), q.getObject(), blanks);
                k = (String) kv[0];
                v = kv[1];
            }
            String sortKey = Json.print(v);
            List<String> keys = sk.computeIfAbsent(k, x -> new ArrayList<>());
            if (!keys.contains(sortKey)) {
                keys.add(sortKey);
                props.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
            }
        }
        List<Object> out = new ArrayList<>();
        subjects.forEach((s, props) -> {
            Map<String, Object> node = new LinkedHashMap<>();
            node.put("@id", s);
            if (props.containsKey("@type")) {
                node.put("@type", sorted(props.get("@type")));
            }
            props.forEach((k, vs) -> {
                if (!k.equals("@type")) {
                    List<Object> sv = sorted(vs);
                    node.put(k, sv.size() == 1 ? sv.get(0) : sv);
                }
            });
            out.add(node);
        });
        return out;
    }

    private static List<Object> sorted(List<Object> vs) {
        TreeMap<String, Object> byText = new TreeMap<>();
        vs.forEach(v -> byText.put(Json.print(v), v));
        return new ArrayList<>(byText.values());
    }

    /** Key and value for one predicate/object: the context term when its coercion fits, else a compact IRI key. */
    private Object[] property(String p, Node o, Map<Node, String> blanks) {
        for (Context.Term t : ctx.termsFor(p)) {
            if (t.type() != null && t.type().equals("@id")) {
                if (o.isURI() || o.isBlank()) {
                    return new Object[] {t.name(), id(o, blanks)};
                }
            } else if (t.type() != null) {
                if (o.isLiteral()
                        && o.getLiteralLanguage().isEmpty()
                        && o.getLiteralDatatypeURI().equals(t.type())) {
                    return new Object[] {t.name(), o.getLiteralLexicalForm()};
                }
            } else if (t.language() != null) {
                if (o.isLiteral() && t.language().equalsIgnoreCase(o.getLiteralLanguage())) {
                    return new Object[] {t.name(), o.getLiteralLexicalForm()};
                }
            } else if (o.isLiteral()
                    && o.getLiteralLanguage().isEmpty()
                    && o.getLiteralDatatypeURI().equals(XSDDatatype.XSDstring.getURI())) {
                return new Object[] {t.name(), o.getLiteralLexicalForm()};
            }
        }
        return new Object[] {ctx.compact(p), valueObject(o, blanks)};
    }

    private Object valueObject(Node o, Map<Node, String> blanks) {
        Map<String, Object> v = new LinkedHashMap<>();
        if (o.isURI() || o.isBlank()) {
            v.put("@id", id(o, blanks));
            return v;
        }
        v.put("@value", o.getLiteralLexicalForm());
        if (!o.getLiteralLanguage().isEmpty()) {
            v.put("@language", o.getLiteralLanguage());
        } else if (!o.getLiteralDatatypeURI().equals(XSDDatatype.XSDstring.getURI())) {
            v.put("@type", ctx.compact(o.getLiteralDatatypeURI()));
        }
        return v;
    }

    private String id(Node n, Map<Node, String> blanks) {
        if (n.isBlank()) {
            return blanks.get(n);
        }
        return ctx.compact(n.getURI());
    }

    /** The term definitions and prefixes of {@code ontology/context.jsonld}. */
    static final class Context {
        record Term(String name, String iri, String type, String language) {}

        final Object contextValue;
        private final Map<String, String> prefixes = new TreeMap<>();
        private final Map<String, List<Term>> byIri = new HashMap<>();

        private Context(String text) {
            JsonObject doc = JSON.parse(text);
            JsonObject c = doc.get("@context").getAsObject();
            contextValue = toJava(c);
            for (String k : c.keys()) {
                JsonValue v = c.get(k);
                if (v.isString()
                        && (v.getAsString().value().endsWith("#")
                                || v.getAsString().value().endsWith("/"))
                        && v.getAsString().value().contains("://")) {
                    prefixes.put(k, v.getAsString().value());
                }
            }
            for (String k : new java.util.TreeSet<>(c.keys())) {
                JsonValue v = c.get(k);
                if (prefixes.containsKey(k)) {
                    continue;
                }
                Term t;
                if (v.isString()) {
                    t = new Term(k, expand(v.getAsString().value()), null, null);
                } else {
                    JsonObject d = v.getAsObject();
                    String type =
                            d.hasKey("@type") ? d.get("@type").getAsString().value() : null;
                    t = new Term(
                            k,
                            expand(d.get("@id").getAsString().value()),
                            type == null || type.equals("@id") ? type : expand(type),
                            d.hasKey("@language")
                                    ? d.get("@language").getAsString().value()
                                    : null);
                }
                byIri.computeIfAbsent(t.iri(), x -> new ArrayList<>()).add(t);
            }
        }

        static Context load() {
            return new Context(text());
        }

        static String text() {
            try (InputStream in = JsonLdWriter.class.getClassLoader().getResourceAsStream(CONTEXT_RESOURCE)) {
                if (in != null) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                Path p = Path.of(CONTEXT_RESOURCE);
                if (Files.isRegularFile(p)) {
                    return Files.readString(p);
                }
                throw new IllegalStateException("missing " + CONTEXT_RESOURCE + " on the class path");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        List<Term> termsFor(String iri) {
            return byIri.getOrDefault(iri, List.of());
        }

        String expand(String curie) {
            int i = curie.indexOf(':');
            if (i > 0 && prefixes.containsKey(curie.substring(0, i))) {
                return prefixes.get(curie.substring(0, i)) + curie.substring(i + 1);
            }
            return curie;
        }

        /** {@code prefix:local} with the longest matching namespace, when the local part is safe; else the IRI. */
        String compact(String iri) {
            String best = null;
            String bestNs = "";
            for (Map.Entry<String, String> p : prefixes.entrySet()) {
                if (iri.startsWith(p.getValue()) && p.getValue().length() > bestNs.length()) {
                    best = p.getKey();
                    bestNs = p.getValue();
                }
            }
            if (best == null) {
                return iri;
            }
            String local = iri.substring(bestNs.length());
            if (local.isEmpty() || local.startsWith("//") || local.contains("#") && bestNs.endsWith("#")) {
                return iri;
            }
            return best + ":" + local;
        }

        private static Object toJava(JsonValue v) {
            if (v.isObject()) {
                Map<String, Object> m = new LinkedHashMap<>();
                for (String k : v.getAsObject().keys()) {
                    m.put(k, toJava(v.getAsObject().get(k)));
                }
                return m;
            }
            if (v.isArray()) {
                List<Object> l = new ArrayList<>();
                v.getAsArray().forEach(x -> l.add(toJava(x)));
                return l;
            }
            if (v.isString()) {
                return v.getAsString().value();
            }
            if (v.isBoolean()) {
                return v.getAsBoolean().value();
            }
            if (v.isNumber()) {
                return v.getAsNumber().value();
            }
            return null;
        }
    }
}
