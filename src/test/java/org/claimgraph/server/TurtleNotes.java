package org.claimgraph.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.claimgraph.store.IngestReport;

/**
 * A stand-in for {@code store.NotePipeline} in server tests: a "note" is a file of Turtle, ingested
 * into its own named graph (same naming rule as the real ingest) in one write transaction; a
 * note that does not parse keeps its previous graph and reports "path:line".
 */
public final class TurtleNotes implements NoteIngest {
    static final String CG = "https://w3id.org/claimgraph/ontology#";
    static final String GRAPH_BASE = "https://w3id.org/claimgraph/id/graph/";
    private static final Pattern LINE = Pattern.compile("line: (\\d+)");

    public static Node graphFor(String relPath) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(relPath.getBytes(StandardCharsets.UTF_8));
            return NodeFactory.createURI(GRAPH_BASE + HexFormat.of().formatHex(h, 0, 8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public IngestReport ingest(Dataset dataset, List<Path> paths) {
        List<IngestReport.Failure> failures = new ArrayList<>();
        int notes = 0;
        long triples = 0;
        for (Path p : paths) {
            Path root = Files.isDirectory(p) ? p : p.getParent();
            try (Stream<Path> files = Files.isDirectory(p) ? Files.walk(p) : Stream.of(p)) {
                for (Path f : files.filter(Files::isRegularFile)
                        .filter(NoteIngest::isNote)
                        .sorted()
                        .toList()) {
                    IngestReport r = ingestFile(dataset, root, f);
                    failures.addAll(r.failures());
                    notes += r.notes();
                    triples += r.triples();
                }
            } catch (IOException e) {
                failures.add(new IngestReport.Failure(p.toString(), e.getMessage()));
            }
        }
        return new IngestReport(
                new IngestReport.NoteCounts(notes, 0, 0),
                new IngestReport.Written(0, 0, 0, triples),
                List.of(),
                failures);
    }

    @Override
    public IngestReport ingestFile(Dataset dataset, Path root, Path file) {
        String rel = root.toAbsolutePath()
                .normalize()
                .relativize(file.toAbsolutePath().normalize())
                .toString()
                .replace('\\', '/');
        Graph g = GraphFactory.createDefaultGraph();
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            RDFParser.fromString(text, Lang.TURTLE)
                    .base("https://w3id.org/claimgraph/id/")
                    .parse(g);
        } catch (IOException e) {
            return failed(rel, e.getMessage());
        } catch (RiotException e) {
            Matcher m = LINE.matcher(String.valueOf(e.getMessage()));
            return failed(m.find() ? rel + ":" + m.group(1) : rel, e.getMessage());
        }
        Node graph = graphFor(rel);
        Node note = NodeFactory.createURI(
                "https://w3id.org/claimgraph/id/note/" + graph.getURI().substring(GRAPH_BASE.length()));
        g.add(note, NodeFactory.createURI(CG + "sourcePath"), NodeFactory.createLiteralString(rel));
        DatasetGraph dsg = dataset.asDatasetGraph();
        Txn.executeWrite(dsg, () -> {
            dsg.removeGraph(graph);
            g.find().forEachRemaining(t -> dsg.add(graph, t.getSubject(), t.getPredicate(), t.getObject()));
        });
        return new IngestReport(
                new IngestReport.NoteCounts(1, 0, 0),
                new IngestReport.Written(0, 0, 0, g.size()),
                List.of(),
                List.of());
    }

    @Override
    public boolean dropNote(Dataset dataset, String relativePath) {
        Node graph = graphFor(relativePath);
        DatasetGraph dsg = dataset.asDatasetGraph();
        return Txn.calculateWrite(dsg, () -> {
            boolean had = dsg.containsGraph(graph);
            dsg.removeGraph(graph);
            return had;
        });
    }

    private static IngestReport failed(String location, String message) {
        return IngestReport.failed(location, message);
    }
}
