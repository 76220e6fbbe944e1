package org.claimgraph.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.store.NotePipeline;
import org.claimgraph.store.Stores;
import org.claimgraph.validate.DataGraph;
import org.claimgraph.validate.ShapesLoader;
import org.claimgraph.validate.Validation;

/**
 * Where SHACL validation time goes: {@code NOTES_DIR [NOTES_DIR …] --runs N}. Ingests each
 * folder into memory, builds the data graph as {@code claimgraph validate} does, then validates
 * it with one named shape at a time (the shapes graph minus every other named shape) and prints
 * a Markdown table: median ms per shape per folder, result count, and the growth factor between
 * consecutive folders. Used to find the shapes that do not scale linearly (BENCHMARKS.md).
 */
public final class ShapeProfile {
    private ShapeProfile() {}

    public static void main(String[] args) {
        ChildJvm.runAndExit(args, ShapeProfile::run);
    }

    private static void run(String[] args) {
        int runs = 3;
        List<Path> folders = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--runs")) runs = Integer.parseInt(args[++i]);
            else folders.add(Path.of(args[i]));
        }
        if (folders.isEmpty())
            throw new IllegalArgumentException("usage: ShapeProfile NOTES_DIR [NOTES_DIR …] [--runs N]");
        Graph all = ShapesLoader.graph(Path.of("shapes"));
        List<Node> named = namedShapes(all);
        double[][] ms = new double[folders.size()][named.size()];
        int[][] results = new int[folders.size()][named.size()];
        long[] triples = new long[folders.size()];
        for (int f = 0; f < folders.size(); f++) {
            Dataset ds = Stores.inMemory();
            NotePipeline.of(ds).ingest(List.of(folders.get(f)));
            Graph data = DataGraph.of(ds, ShaclChild.AS_OF);
            triples[f] = data.size();
            for (int s = 0; s < named.size(); s++) {
                Shapes one = Shapes.parse(only(all, named, named.get(s)));
                Validation.validate(data, one); // warm-up
                double[] t = new double[runs];
                for (int r = 0; r < runs; r++) {
                    long t0 = System.nanoTime();
                    results[f][s] = Validation.validate(data, one).getEntries().size();
                    t[r] = (System.nanoTime() - t0) / 1e6;
                }
                Arrays.sort(t);
                ms[f][s] = t[runs / 2];
                System.err.printf("%s %s %.1f ms%n", folders.get(f).getFileName(), local(named.get(s)), ms[f][s]);
            }
        }
        print(folders, named, ms, results, triples);
    }

    private static void print(List<Path> folders, List<Node> named, double[][] ms, int[][] results, long[] triples) {
        StringBuilder h = new StringBuilder("| shape |");
        StringBuilder sep = new StringBuilder("| --- |");
        for (int f = 0; f < folders.size(); f++) {
            h.append(" ms (").append(triples[f]).append(" triples) | results |");
            sep.append(" ---: | ---: |");
            if (f > 0) {
                h.append(" growth |");
                sep.append(" ---: |");
            }
        }
        System.out.println(h);
        System.out.println(sep);
        for (int s = 0; s < named.size(); s++) {
            StringBuilder row = new StringBuilder("| " + local(named.get(s)) + " |");
            for (int f = 0; f < folders.size(); f++) {
                row.append(String.format(" %.1f | %d |", ms[f][s], results[f][s]));
                if (f > 0) row.append(String.format(" %.1f× |", ms[f][s] / Math.max(ms[f - 1][s], 0.01)));
            }
            System.out.println(row);
        }
    }

    private static String local(Node n) {
        String u = n.getURI();
        return u.substring(Math.max(u.lastIndexOf('#'), u.lastIndexOf('/')) + 1);
    }

    static List<Node> namedShapes(Graph shapes) {
        List<Node> out = new ArrayList<>();
        shapes.find(Node.ANY, RDF.type.asNode(), SHACL.NodeShape).forEachRemaining(t -> {
            if (t.getSubject().isURI()) out.add(t.getSubject());
        });
        out.sort((a, b) -> a.getURI().compareTo(b.getURI()));
        return out;
    }

    /** The shapes graph without every named shape but {@code keep} (prefix declarations stay). */
    static Graph only(Graph shapes, List<Node> named, Node keep) {
        Set<Triple> drop = new HashSet<>();
        for (Node n : named) if (!n.equals(keep)) closure(shapes, n, drop, new HashSet<>());
        Graph out = GraphFactory.createDefaultGraph();
        shapes.find().forEachRemaining(t -> {
            if (!drop.contains(t)) out.add(t);
        });
        return out;
    }

    private static void closure(Graph g, Node s, Set<Triple> into, Set<Node> seen) {
        if (!seen.add(s)) return;
        g.find(s, Node.ANY, Node.ANY).forEachRemaining(t -> {
            into.add(t);
            if (t.getObject().isBlank()) closure(g, t.getObject(), into, seen);
        });
    }
}
