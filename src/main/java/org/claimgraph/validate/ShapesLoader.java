package org.claimgraph.validate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Loads the shapes graph: every {@code *.ttl} of a folder ({@code --shapes DIR}), or the copy of
 * {@code shapes/} packaged on the classpath (so the jar works from any directory).
 */
public final class ShapesLoader {
    private ShapesLoader() {}

    /** Classpath folder holding the packaged shapes. */
    public static final String CLASSPATH_DIR = "shapes";

    /** The shapes graph from {@code dir}, or from the classpath when {@code dir} is null. */
    public static Graph graph(Path dir) {
        Graph g = GraphFactory.createDefaultGraph();
        if (dir != null) {
            if (!Files.isDirectory(dir)) throw new IllegalArgumentException("shapes folder not found: " + dir);
            for (Path f : ttlFiles(dir)) parse(g, f);
        } else {
            loadClasspath(g);
        }
        return g;
    }

    /** Parsed shapes, ready for {@link org.apache.jena.shacl.ShaclValidator}. */
    public static Shapes shapes(Path dir) {
        return Shapes.parse(graph(dir));
    }

    /** The shapes from the classpath; parsed once per JVM. */
    public static Shapes defaultShapes() {
        return Holder.SHAPES;
    }

    /** The packaged shapes graph (read once per JVM; do not modify). */
    public static Graph defaultShapesGraph() {
        return Holder.GRAPH;
    }

    private static final class Holder {
        static final Graph GRAPH = graph(null);
        static final Shapes SHAPES = Shapes.parse(GRAPH);
    }

    static List<Path> ttlFiles(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".ttl"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void parse(Graph g, Path f) {
        try (InputStream in = Files.newInputStream(f)) {
            RDFParser.source(in).lang(Lang.TURTLE).base(f.toUri().toString()).parse(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("cannot parse shapes file " + f + ": " + e.getMessage(), e);
        }
    }

    private static void loadClasspath(Graph g) {
        URL anchor = ShapesLoader.class.getClassLoader().getResource(CLASSPATH_DIR + "/status.ttl");
        if (anchor == null)
            throw new IllegalStateException("no shapes on the classpath (" + CLASSPATH_DIR + "/status.ttl)");
        try {
            URI uri = anchor.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                boolean close = false;
                try {
                    fs = FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                    close = true;
                }
                try {
                    for (Path f : ttlFiles(fs.getPath("/" + CLASSPATH_DIR))) parse(g, f);
                } finally {
                    if (close) fs.close();
                }
            } else {
                for (Path f : ttlFiles(Path.of(uri).getParent())) parse(g, f);
            }
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot read packaged shapes: " + e.getMessage(), e);
        }
    }

    /** Names of the shape files, for messages. */
    static List<String> names(Path dir) {
        List<String> out = new ArrayList<>();
        for (Path p : ttlFiles(dir)) out.add(p.getFileName().toString());
        return out;
    }
}
