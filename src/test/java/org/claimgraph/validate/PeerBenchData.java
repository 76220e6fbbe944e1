package org.claimgraph.validate;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.claimgraph.corpus.CorpusGenerator;
import org.claimgraph.rdf.Iris;
import org.claimgraph.store.NotePipeline;
import org.claimgraph.store.Stores;

/**
 * The inputs of the peer SHACL benchmark ({@code bench/peers/run.sh}, {@code bench.PeersBench}), written once so
 * that claimgraph (Jena 5.6), TopBraid SHACL and RDF4J's ShaclSail read identical triples and shapes:
 *
 * <ul>
 *   <li>{@code shapes-core.ttl}: the Core-only shapes ({@link CoreShapes#coreOnly}: every shape with a
 *       {@code sh:sparql} constraint left out), {@code sh:name}/{@code sh:description} dropped (RDF4J refuses a
 *       node shape carrying them) and every {@code sh:property} blank node named {@code <shape>-pN}, so that each
 *       engine's {@code sh:sourceShape} is the same IRI; {@code shapes-core.txt} lists kept and dropped shapes.</li>
 *   <li>per size N: {@code corpus-N/notes} ({@code claimgraph gen-corpus --notes N --seed S}), ingested into
 *       memory as {@code validate --docs} does; {@code data-N.nq} (every graph of that store) and
 *       {@code data-N.nt} (the data graph {@code validate} runs over: {@link DataGraph#of}, audit date fixed).</li>
 *   <li>for the largest N: {@code live-N.nq} (one graph per note, written as {@link LiveAuditHarness} writes
 *       them, plus the ontology and audit parameters in the ontology graph) and {@code edits/edit-K.graph},
 *       {@code edit-K-after.nt}: one note's graph after the K-th {@link #edits edit}.</li>
 * </ul>
 *
 * {@code java … org.claimgraph.validate.PeerBenchData WORK SIZES SEED EDITS}
 */
public final class PeerBenchData {
    /** The audit date of every engine's data (the stale-date rule is SPARQL and not in the Core subset). */
    public static final LocalDate AS_OF = LocalDate.of(2025, 12, 1);

    private static final List<String> STATUSES = List.of("✅ 已验证", "✅ 公开可验证", "⚠️ 部分可验证", "⚠️ 待验证", "❌ 无法验证");
    private static final Pattern STATUS = Pattern.compile("✅ ?已验证|✅ ?公开可验证|⚠️? ?部分可验证|⚠️? ?待验证|❌ ?无法验证");

    private PeerBenchData() {}

    public static void main(String[] args) throws IOException {
        Path work = Path.of(args[0]);
        List<Integer> sizes = List.of(args[1].split(",")).stream()
                .map(Integer::parseInt)
                .sorted()
                .toList();
        long seed = Long.parseLong(args[2]);
        int edits = Integer.parseInt(args[3]);
        Files.createDirectories(work);
        writeShapes(work);
        for (int n : sizes) writeData(work, n, seed);
        writeLive(work, sizes.get(sizes.size() - 1), seed, edits);
    }

    /** The Core-only shapes graph every engine reads. */
    static Graph peerShapes(Graph all) {
        Graph core = CoreShapes.coreOnly(all);
        Graph out = GraphFactory.createDefaultGraph();
        Map<Node, Node> names = new HashMap<>();
        core.find(Node.ANY, SHACL.property, Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isBlank()) {
                int i = (int) names.keySet().stream()
                        .filter(b -> core.contains(t.getSubject(), SHACL.property, b))
                        .count();
                names.put(t.getObject(), NodeFactory.createURI(t.getSubject().getURI() + "-p" + i));
            }
        });
        Node name = SHACL.name;
        Node description = SHACL.description;
        core.find().forEachRemaining(t -> {
            if (t.getPredicate().equals(name) || t.getPredicate().equals(description)) return;
            out.add(Triple.create(
                    names.getOrDefault(t.getSubject(), t.getSubject()),
                    t.getPredicate(),
                    names.getOrDefault(t.getObject(), t.getObject())));
        });
        core.getPrefixMapping().getNsPrefixMap().forEach(out.getPrefixMapping()::setNsPrefix);
        return out;
    }

    private static void writeShapes(Path work) throws IOException {
        Graph all = ShapesLoader.graph(Path.of("shapes"));
        Graph peer = peerShapes(all);
        try (OutputStream out = Files.newOutputStream(work.resolve("shapes-core.ttl"))) {
            RDFDataMgr.write(out, peer, Lang.TURTLE);
        }
        List<String> lines = new ArrayList<>();
        Graph core = CoreShapes.coreOnly(all);
        core.find(Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(), SHACL.NodeShape)
                .mapWith(t -> "kept " + t.getSubject().getLocalName())
                .forEachRemaining(lines::add);
        for (Node s : CoreShapes.sparqlShapes(all)) lines.add("dropped (sh:sparql) " + s.getLocalName());
        lines.sort(null);
        Files.write(work.resolve("shapes-core.txt"), lines);
    }

    private static void writeData(Path work, int n, long seed) throws IOException {
        Path nt = work.resolve("data-" + n + ".nt");
        Path nq = work.resolve("data-" + n + ".nq");
        if (Files.exists(nt) && Files.exists(nq)) return;
        Path corpusDir = work.resolve("corpus-" + n);
        CorpusGenerator.write(CorpusGenerator.generate(n, seed), corpusDir);
        Dataset ds = Stores.inMemory();
        NotePipeline.of(ds).ingest(List.of(corpusDir.resolve(CorpusGenerator.NOTES_DIR)));
        Graph data = DataGraph.of(ds, AS_OF);
        try (OutputStream out = Files.newOutputStream(nt)) {
            RDFDataMgr.write(out, data, Lang.NTRIPLES);
        }
        try (OutputStream out = Files.newOutputStream(nq)) {
            Txn.executeRead(ds, () -> RDFDataMgr.write(out, ds.asDatasetGraph(), Lang.NQUADS));
        }
        System.out.println("RESULT triples-" + n + " " + data.size());
    }

    private static void writeLive(Path work, int n, long seed, int count) throws IOException {
        Path live = work.resolve("live-" + n + ".nq");
        Path dir = work.resolve("edits");
        if (Files.exists(live) && Files.exists(dir.resolve("edit-" + (count - 1) + "-after.nt"))) return;
        Map<String, String> corpus = CorpusEdits.corpus(n, seed);
        Dataset ds = DatasetFactory.createTxnMem();
        LiveAuditHarness.write(ds, corpus);
        Graph context = GraphFactory.createDefaultGraph();
        DataGraph.addPackagedOntology(context);
        DataGraph.addParameters(context, AS_OF);
        Txn.executeWrite(ds, () -> ds.asDatasetGraph().addGraph(NodeFactory.createURI(Iris.ONTOLOGY_GRAPH), context));
        try (OutputStream out = Files.newOutputStream(live)) {
            Txn.executeRead(ds, () -> RDFDataMgr.write(out, ds.asDatasetGraph(), Lang.NQUADS));
        }
        Files.createDirectories(dir);
        List<Map.Entry<String, String>> e = edits(corpus, count);
        for (int k = 0; k < e.size(); k++) {
            String path = e.get(k).getKey();
            Files.writeString(dir.resolve("edit-" + k + ".graph"), Iris.graphIri(path) + "\n");
            Files.writeString(dir.resolve("edit-" + k + ".path"), path + "\n");
            try (OutputStream out = Files.newOutputStream(dir.resolve("edit-" + k + "-after.nt"))) {
                RDFDataMgr.write(out, LiveAuditHarness.map(path, e.get(k).getValue()), Lang.NTRIPLES);
            }
        }
    }

    /**
     * {@code count} one-note edits of {@code corpus} (path → text), deterministic: note K·379+17 (mod the
     * corpus), one of its verification statuses changed to another of the five. Each edit is of the original
     * corpus (the benchmark undoes it before the next).
     */
    public static List<Map.Entry<String, String>> edits(Map<String, String> corpus, int count) {
        List<String> paths = new ArrayList<>(corpus.keySet());
        List<Map.Entry<String, String>> out = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            String path = paths.get((k * 379 + 17) % paths.size());
            String text = corpus.get(path);
            Matcher m = STATUS.matcher(text);
            List<int[]> spans = new ArrayList<>();
            while (m.find()) spans.add(new int[] {m.start(), m.end()});
            if (spans.isEmpty()) throw new IllegalStateException(path + " has no status to edit");
            int[] s = spans.get(k % spans.size());
            String current = text.substring(s[0], s[1]);
            String next = STATUSES.get((k + 1) % STATUSES.size());
            if (STATUS.matcher(next).matches() && next.replace(" ", "").equals(current.replace(" ", "")))
                next = STATUSES.get((k + 2) % STATUSES.size());
            out.add(Map.entry(path, text.substring(0, s[0]) + next + text.substring(s[1])));
        }
        return out;
    }
}
