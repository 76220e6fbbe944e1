package org.claimgraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

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
                    files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".ttl"))
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

    /** All ontology files parsed into one graph. */
    public static Graph load() {
        Graph g = GraphFactory.createDefaultGraph();
        for (String name : resourceNames()) {
            try (InputStream in = Ontologies.class.getClassLoader().getResourceAsStream(name)) {
                if (in == null) continue;
                RDFParser.source(in).lang(Lang.TURTLE).base("https://w3id.org/claimgraph/ontology").parse(g);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return g;
    }
}
