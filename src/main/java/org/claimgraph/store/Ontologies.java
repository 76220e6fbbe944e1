package org.claimgraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.LabelToNode;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.rdf.CG;
import org.claimgraph.rdf.Iris;

/**
 * The ontology files packaged on the classpath under {@code ontology/} (the top-level
 * {@code ontology/} folder is copied into the jar), so the jar works from any directory.
 */
public final class Ontologies {
    private Ontologies() {}

    private static final String DIR = "ontology/";
    private static final String ANCHOR = DIR + "claimgraph.ttl";

    /** Classpath names of every {@code ontology/*.ttl}, sorted, {@code claimgraph.ttl} included. */
    public static List<String> resourceNames() {
        URL anchor = Ontologies.class.getClassLoader().getResource(ANCHOR);
        if (anchor == null) throw new StoreException("ontology missing from the classpath: " + ANCHOR);
        TreeSet<String> names = new TreeSet<>();
        try {
            if ("jar".equals(anchor.getProtocol())) {
                JarURLConnection conn = (JarURLConnection) anchor.openConnection();
                conn.setUseCaches(false);
                try (JarFile jar = conn.getJarFile()) {
                    Enumeration<JarEntry> entries = jar.entries();
                    while (entries.hasMoreElements()) {
                        String n = entries.nextElement().getName();
                        if (n.startsWith(DIR) && n.endsWith(".ttl") && n.indexOf('/', DIR.length()) < 0) names.add(n);
                    }
                }
            } else {
                Path dir = Path.of(anchor.toURI()).getParent();
                try (Stream<Path> files = Files.list(dir)) {
                    files.map(p -> p.getFileName().toString())
                            .filter(n -> n.endsWith(".ttl"))
                            .forEach(n -> names.add(DIR + n));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return new ArrayList<>(names);
    }

    /**
     * The ontology files parsed into one graph: every {@code ontology/*.ttl} that declares an
     * {@code owl:Ontology} (data files beside them, such as default parameters, are left to their
     * owners). Blank nodes are skolemised to stable IRIs under
     * {@code https://w3id.org/claimgraph/id/.well-known/genid/<file>/<n>}, so the graph, and
     * every export of it, is the same on every load.
     */
    public static Graph load() {
        Graph g = GraphFactory.createDefaultGraph();
        for (String name : resourceNames()) {
            Graph file = parse(name);
            if (!file.contains(Node.ANY, RDF.type.asNode(), OWL.Ontology.asNode())) continue;
            String stem = name.substring(DIR.length()).replaceFirst("\\.ttl$", "");
            Map<Node, Node> skolem = new HashMap<>();
            file.find()
                    .forEachRemaining(t -> g.add(Triple.create(
                            skolem(t.getSubject(), stem, skolem),
                            t.getPredicate(),
                            skolem(t.getObject(), stem, skolem))));
        }
        return g;
    }

    /** SHA-256 (hex) over the names and bytes of every ontology file, to tell whether a store is current. */
    public static String digest() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String name : resourceNames()) {
                md.update(name.getBytes(StandardCharsets.UTF_8));
                try (InputStream in = Ontologies.class.getClassLoader().getResourceAsStream(name)) {
                    if (in != null) md.update(in.readAllBytes());
                }
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Graph parse(String name) {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = Ontologies.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) throw new StoreException("ontology file missing from the classpath: " + name);
            // incremental labels: the n-th blank node of a file is always b<n>
            RDFParser.source(in)
                    .lang(Lang.TURTLE)
                    .base(CG.ONTOLOGY)
                    .labelToNode(LabelToNode.createIncremental())
                    .parse(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return g;
    }

    private static Node skolem(Node n, String stem, Map<Node, Node> map) {
        if (!n.isBlank()) return n;
        return map.computeIfAbsent(
                n, b -> NodeFactory.createURI(Iris.ID + ".well-known/genid/" + stem + "/" + (map.size() + 1)));
    }
}
