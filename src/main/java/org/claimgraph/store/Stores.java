package org.claimgraph.store;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.DCTerms;
import org.claimgraph.rdf.CG;
import org.claimgraph.rdf.Iris;
import org.claimgraph.rdf.Prefixes;

/**
 * Opens the datasets claimgraph works on. Every dataset returned here answers queries over the
 * union of its named graphs as the default graph, so ready queries need no {@code GRAPH} clause.
 * The ontologies ({@code ontology/*.ttl} from the classpath) are (re)loaded into the named graph
 * {@value Iris#ONTOLOGY_GRAPH} when the dataset is opened.
 */
public final class Stores {
    static {
        org.apache.jena.sys.JenaSystem.init();
    } // before any vocabulary constant

    private Stores() {}

    /**
     * The TDB2 database under {@code dsg}'s wrappers ({@code VersionedDataset}, union-default
     * views …): the first that is a TDB2 database container ({@code TDBInternal.isTDB2}) or its
     * storage ({@code DatasetGraphTDB}), or null when there is none: what the caches key on, what the disk check measures
     * and what is expelled on close. At most 16 wrappers deep (a wrapper of itself ends the search).
     */
    public static DatasetGraph tdb2Underneath(DatasetGraph dsg) {
        DatasetGraph d = dsg;
        for (int i = 0; i < 16 && d != null; i++) {
            if (d instanceof DatasetGraphTDB || TDBInternal.isTDB2(d)) return d;
            if (!(d instanceof DatasetGraphWrapper w) || w.getWrapped() == d) return null;
            d = w.getWrapped();
        }
        return null;
    }

    /**
     * Closes {@code ds}; a TDB2 database under it ({@link #tdb2Underneath}) is expelled, which frees its
     * caches and unlocks the folder (closing a TDB2 dataset alone keeps both for the JVM's lifetime).
     * Every dataset of this JVM on the same folder is closed with it: for a command that opened it.
     */
    public static void release(Dataset ds) {
        DatasetGraph base = tdb2Underneath(ds.asDatasetGraph());
        if (base != null && TDBInternal.isTDB2(base)) TDBInternal.expel(base);
        else ds.close();
    }

    /** A transactional in-memory dataset. */
    public static Dataset inMemory() {
        DatasetGraph dsg = new UnionDefaultGraphView(LeanQuadTable.dataset());
        Dataset ds = DatasetFactory.wrap(dsg);
        prepare(ds);
        return ds;
    }

    /**
     * An empty store (but for the ontology) of the same kind as {@code dsg}, in memory, for scratch
     * work such as the live audit's warm-up: a TDB2 dataset in memory (the same index and node-table
     * code) when {@code dsg} is TDB2, else {@link #inMemory()}.
     */
    public static Dataset scratchLike(DatasetGraph dsg) {
        if (tdb2Underneath(dsg) == null) return inMemory();
        Dataset ds = TDB2Factory.createDataset();
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        prepare(ds);
        return ds;
    }

    /** A TDB2 dataset in {@code dir}, created when absent. */
    public static Dataset tdb2(Path dir) {
        if (Files.isDirectory(dir) && !isEmpty(dir) && !isTdb2(dir)) {
            throw new StoreException(
                    dir + " is not a TDB2 database (it holds other files); give an empty or new directory");
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new StoreException(dir + " is a file, not a database directory");
        }
        if (BulkTdbSink.unfinished(dir)) {
            throw new StoreException(dir + " holds a first ingest that did not finish (" + BulkTdbSink.MARKER
                    + "), so its indexes may be incomplete: delete the folder and ingest the notes again");
        }
        Dataset ds;
        try {
            Files.createDirectories(dir);
            ds = TDB2Factory.connectDataset(dir.toString());
        } catch (Exception e) {
            throw new StoreException("cannot open TDB2 database " + dir + ": " + e.getMessage(), e);
        }
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        BufferedNodeTable.install(ds.asDatasetGraph());
        prepare(ds);
        return ds;
    }

    /** A TDB2 dataset that must already exist (for commands that only read). */
    public static Dataset tdb2Existing(Path dir) {
        if (!Files.isDirectory(dir) || !isTdb2(dir)) {
            throw new StoreException("no claimgraph database at " + dir
                    + " (create one with: claimgraph ingest NOTES... --db " + dir + ")");
        }
        return tdb2(dir);
    }

    /** A TDB2 directory holds {@code Data-NNNN} generation folders. */
    private static boolean isTdb2(Path dir) {
        try (var entries = Files.list(dir)) {
            return entries.anyMatch(
                    p -> Files.isDirectory(p) && p.getFileName().toString().startsWith("Data-"));
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static boolean isEmpty(Path dir) {
        try (var entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /**
     * The dataset as stored, without the union-default-graph view: its default graph is the real
     * (normally empty) default graph. Use this to serialise the dataset graph by graph.
     */
    public static Dataset asStored(Dataset ds) {
        if (ds.asDatasetGraph() instanceof UnionDefaultGraphView v) return DatasetFactory.wrap(v.getWrapped());
        return ds;
    }

    /** The {@code cg:sourcePath} of every note in the named graphs of {@code ds}, sorted: the notes it holds. */
    public static java.util.List<String> notePaths(Dataset ds) {
        DatasetGraph dsg = ds.asDatasetGraph();
        return Txn.calculateRead(ds, () -> {
            java.util.TreeSet<String> out = new java.util.TreeSet<>();
            dsg.findNG(Node.ANY, Node.ANY, CG.sourcePath, Node.ANY).forEachRemaining(q -> {
                if (q.getObject().isLiteral()) out.add(q.getObject().getLiteralLexicalForm());
            });
            return java.util.List.copyOf(out);
        });
    }

    /** The graph {@link #prepare} stores as {@value Iris#ONTOLOGY_GRAPH}: the packaged ontologies and their digest. */
    static Graph ontologyGraph() {
        Node gn = NodeFactory.createURI(Iris.ONTOLOGY_GRAPH);
        Graph onto = Ontologies.load();
        onto.add(gn, DCTerms.hasVersion.asNode(), NodeFactory.createLiteralString(Ontologies.digest()));
        return onto;
    }

    /**
     * Loads the ontology graph when the store does not hold the current ontology files (their
     * digest is kept in that graph as {@code <graph/ontology> dcterms:hasVersion "sha256…"}),
     * and the usual prefixes. Also used by the server on datasets built from a Fuseki config.
     */
    public static void prepare(Dataset ds) {
        Node gn = NodeFactory.createURI(Iris.ONTOLOGY_GRAPH);
        Node hasVersion = DCTerms.hasVersion.asNode();
        Node digest = NodeFactory.createLiteralString(Ontologies.digest());
        DatasetGraph dsg = ds.asDatasetGraph();
        boolean current = Txn.calculateRead(
                ds,
                () -> dsg.contains(gn, gn, hasVersion, digest) && dsg.prefixes().containsPrefix("cg"));
        if (current) return;
        Graph onto = ontologyGraph();
        Txn.executeWrite(ds, () -> {
            dsg.removeGraph(gn);
            dsg.addGraph(gn, onto);
            dsg.prefixes().putAll(Prefixes.standard());
        });
    }
}
