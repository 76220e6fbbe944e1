package org.claimgraph.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.claimgraph.extract.Model;
import org.claimgraph.extract.NoteExtractor;
import org.claimgraph.rdf.Iris;
import org.claimgraph.rdf.NoteMapper;
import org.claimgraph.store.NoteFiles;
import org.claimgraph.store.Stores;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;

/**
 * Child JVM for the phase breakdown: {@code NOTES TMP [KEEP]} (the per-note store is moved to
 * {@code KEEP} when given). The steps of {@code NotePipeline.ingestFile},
 * timed one by one for every note: read ({@code NoteFiles.read}: bytes, UTF-8 check), markdown
 * parse alone (commonmark + GFM tables, which {@code NoteExtractor} also does), extract
 * ({@code NoteExtractor.extract}, parse included), map ({@code NoteMapper.map}) and write (replace
 * the note's named graph in its own TDB2 write transaction, as {@code NotePipeline.store} does).
 * Then the same mapped graphs written again into a fresh store in one transaction, to show what
 * per-note commits cost. One warm-up pass over the first 100 notes.
 */
public final class PhaseChild {
    private PhaseChild() {}

    public static void main(String[] args) {
        ChildJvm.runAndExit(args, PhaseChild::run);
    }

    private static void run(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        Path tmp = Path.of(args[1]);
        IngestChild.deleteTree(tmp);
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(f -> f.toString().endsWith(".md")).sorted().toList();
        }
        Parser parser =
                Parser.builder().extensions(List.of(TablesExtension.create())).build();
        Dataset warm = Stores.tdb2(tmp.resolve("warm"));
        for (Path f : files.subList(0, Math.min(100, files.size()))) {
            String rel = root.relativize(f).toString().replace('\\', '/');
            String text = NoteFiles.read(f, rel);
            parser.parse(text);
            write(warm, rel, NoteMapper.map(NoteExtractor.extract(rel, text)));
        }
        Dataset ds = Stores.tdb2(tmp.resolve("db"));
        long read = 0, parse = 0, extract = 0, map = 0, write = 0;
        List<String> names = new ArrayList<>();
        List<Graph> graphs = new ArrayList<>();
        for (Path f : files) {
            String rel = root.relativize(f).toString().replace('\\', '/');
            long t0 = System.nanoTime();
            String text = NoteFiles.read(f, rel);
            long t1 = System.nanoTime();
            parser.parse(text);
            long t2 = System.nanoTime();
            Model.Note note = NoteExtractor.extract(rel, text);
            long t3 = System.nanoTime();
            Graph g = NoteMapper.map(note);
            long t4 = System.nanoTime();
            write(ds, rel, g);
            long t5 = System.nanoTime();
            read += t1 - t0;
            parse += t2 - t1;
            extract += t3 - t2;
            map += t4 - t3;
            write += t5 - t4;
            names.add(rel);
            graphs.add(g);
        }
        Dataset batch = Stores.tdb2(tmp.resolve("batch"));
        long b0 = System.nanoTime();
        DatasetGraph bdsg = batch.asDatasetGraph();
        Txn.executeWrite(batch, () -> {
            for (int i = 0; i < names.size(); i++) {
                Node gn = NodeFactory.createURI(Iris.graphIri(names.get(i)));
                bdsg.removeGraph(gn);
                bdsg.addGraph(gn, graphs.get(i));
            }
        });
        long batchMs = System.nanoTime() - b0;
        ChildJvm.result("notes", files.size());
        ChildJvm.result("readMs", read / 1e6);
        ChildJvm.result("parseMs", parse / 1e6);
        ChildJvm.result("extractMs", extract / 1e6);
        ChildJvm.result("mapMs", map / 1e6);
        ChildJvm.result("writeMs", write / 1e6);
        ChildJvm.result("writeOneTxnMs", batchMs / 1e6);
        ChildJvm.result("quads", IngestChild.countQuads(ds.asDatasetGraph()));
        ChildJvm.result("peakRssMiB", Proc.peakRssMiB());
        if (args.length > 2) { // keep the per-note store for the server benchmarks
            org.apache.jena.tdb2.sys.DatabaseConnection.internalExpel(
                    org.apache.jena.dboe.base.file.Location.create(tmp.resolve("db")), false);
            Path keep = Path.of(args[2]);
            IngestChild.deleteTree(keep);
            Files.move(tmp.resolve("db"), keep);
        }
    }

    /** Replaces the note's graph in one write transaction, as {@code NotePipeline.store} does. */
    private static void write(Dataset ds, String rel, Graph g) {
        Node gn = NodeFactory.createURI(Iris.graphIri(rel));
        DatasetGraph dsg = ds.asDatasetGraph();
        Txn.executeWrite(ds, () -> {
            dsg.removeGraph(gn);
            dsg.addGraph(gn, g);
        });
    }
}
