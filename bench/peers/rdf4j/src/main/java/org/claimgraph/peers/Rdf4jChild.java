package org.claimgraph.peers;

import java.io.FileOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.model.vocabulary.RDF4J;
import org.eclipse.rdf4j.model.vocabulary.SHACL;
import org.eclipse.rdf4j.repository.sail.SailRepository;
import org.eclipse.rdf4j.repository.sail.SailRepositoryConnection;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.sail.memory.MemoryStore;
import org.eclipse.rdf4j.sail.shacl.ShaclSail;
import org.eclipse.rdf4j.sail.shacl.ShaclSail.TransactionSettings.ValidationApproach;
import org.eclipse.rdf4j.sail.shacl.ShaclSailConnection;
import org.eclipse.rdf4j.sail.shacl.ShaclSailValidationException;
import org.eclipse.rdf4j.sail.shacl.results.ValidationReport;

/**
 * RDF4J 5.1.0 ShaclSail over a MemoryStore, for claimgraph's peer benchmark (bench/peers/run.sh). Prints
 * {@code RESULT key value} lines.
 *
 * <ul>
 *   <li>{@code full DATA SHAPES RUNS WARMUPS REPORT}: loads DATA (N-Triples or N-Quads) and SHAPES (Turtle)
 *       with validation disabled, then {@code ShaclSailConnection.revalidate()} (the whole store against every
 *       shape, in a transaction) WARMUPS + RUNS times; writes the last report as N-Triples to REPORT.</li>
 *   <li>{@code incremental DATA.nq SHAPES EDITS_DIR ROUNDS}: loads the store as above, then for every edit
 *       {@code edit-K.graph} (the note's graph IRI) / {@code edit-K-after.nt}, ROUNDS times: one transaction
 *       (default settings) that clears the note's graph and adds the edited triples; times the commit, which
 *       validates. A rejected commit (ShaclSail rejects any result, sh:Info included) is rolled back; an
 *       accepted one is undone without validation, so every edit starts from the same store.</li>
 * </ul>
 */
public final class Rdf4jChild {
    private Rdf4jChild() {}

    public static void main(String[] args) throws Exception {
        try {
            if (args[0].equals("full")) full(args);
            else if (args[0].equals("incremental")) incremental(args);
            else throw new IllegalArgumentException("mode: full | incremental");
        } catch (Throwable t) {
            t.printStackTrace();
            System.exit(2);
        }
        System.exit(0);
    }

    static void result(String key, Object value) {
        System.out.println("RESULT " + key + " " + value);
        System.out.flush();
    }

    private static SailRepository open() {
        ShaclSail sail = new ShaclSail(new MemoryStore());
        sail.setValidationResultsLimitTotal(-1);
        sail.setValidationResultsLimitPerConstraint(-1);
        SailRepository repo = new SailRepository(sail);
        repo.init();
        return repo;
    }

    private static void load(SailRepositoryConnection conn, Path data, Path shapes) throws Exception {
        long t0 = System.nanoTime();
        conn.begin(ValidationApproach.Disabled);
        RDFFormat format = data.toString().endsWith(".nq") ? RDFFormat.NQUADS : RDFFormat.NTRIPLES;
        conn.add(data.toFile(), format);
        conn.commit();
        conn.begin(ValidationApproach.Disabled);
        conn.add(shapes.toFile(), RDFFormat.TURTLE, RDF4J.SHACL_SHAPE_GRAPH);
        conn.commit();
        result("loadMs", (System.nanoTime() - t0) / 1e6);
        result("statements", conn.size());
    }

    private static void full(String[] args) throws Exception {
        Path data = Path.of(args[1]);
        Path shapes = Path.of(args[2]);
        int runs = Integer.parseInt(args[3]);
        int warmups = Integer.parseInt(args[4]);
        Path reportOut = Path.of(args[5]);
        SailRepository repo = open();
        try (SailRepositoryConnection conn = repo.getConnection()) {
            load(conn, data, shapes);
            ShaclSailConnection sc = (ShaclSailConnection) conn.getSailConnection();
            ValidationReport last = null;
            for (int i = 0; i < warmups + runs; i++) {
                conn.begin();
                long t0 = System.nanoTime();
                last = sc.revalidate();
                long t1 = System.nanoTime();
                conn.rollback();
                if (i >= warmups) result("validateMs", (t1 - t0) / 1e6);
            }
            result("results", last.getValidationResult().size());
            result("truncated", last.isTruncated());
            try (OutputStream out = new FileOutputStream(reportOut.toFile())) {
                Rio.write(last.asModel(), out, RDFFormat.NTRIPLES);
            }
        }
        repo.shutDown();
    }

    private static void incremental(String[] args) throws Exception {
        Path data = Path.of(args[1]);
        Path shapes = Path.of(args[2]);
        Path editsDir = Path.of(args[3]);
        int rounds = Integer.parseInt(args[4]);
        var vf = SimpleValueFactory.getInstance();
        List<IRI> graphs = new ArrayList<>();
        List<Model> after = new ArrayList<>();
        for (int k = 0; Files.exists(editsDir.resolve("edit-" + k + ".graph")); k++) {
            graphs.add(vf.createIRI(Files.readString(editsDir.resolve("edit-" + k + ".graph")).trim()));
            try (var in = Files.newInputStream(editsDir.resolve("edit-" + k + "-after.nt"))) {
                after.add(Rio.parse(in, RDFFormat.NTRIPLES));
            }
        }
        SailRepository repo = open();
        try (SailRepositoryConnection conn = repo.getConnection()) {
            load(conn, data, shapes);
            List<Model> before = new ArrayList<>();
            for (IRI g : graphs) {
                Model m = new LinkedHashModel();
                try (var st = conn.getStatements(null, null, null, false, g)) {
                    for (Statement s : st) m.add(s.getSubject(), s.getPredicate(), s.getObject());
                }
                before.add(m);
            }
            for (int i = 0; i < 5; i++) { // an empty transaction (RDF4J's own figure: 19 ms)
                long t0 = System.nanoTime();
                conn.begin();
                conn.commit();
                result("emptyCommitMs", (System.nanoTime() - t0) / 1e6);
            }
            for (int r = 0; r < rounds; r++) {
                for (int k = 0; k < graphs.size(); k++) {
                    IRI g = graphs.get(k);
                    long t0 = System.nanoTime();
                    conn.begin();
                    conn.clear(g);
                    conn.add(after.get(k), g);
                    long t1 = System.nanoTime();
                    int results = 0;
                    boolean rejected = false;
                    try {
                        conn.commit();
                    } catch (Exception e) {
                        ShaclSailValidationException v = validation(e);
                        if (v == null) throw e;
                        rejected = true;
                        results = v.getValidationReport().getValidationResult().size();
                    }
                    long t2 = System.nanoTime();
                    if (rejected) conn.rollback();
                    else {
                        conn.begin(ValidationApproach.Disabled);
                        conn.clear(g);
                        conn.add(before.get(k), g);
                        conn.commit();
                    }
                    result("commitMs", (t2 - t1) / 1e6);
                    result("txnMs", (t2 - t0) / 1e6);
                    result("edit", k + " round=" + r + " rejected=" + rejected + " results=" + results
                            + " before=" + before.get(k).size() + " after=" + after.get(k).size());
                }
            }
        }
        repo.shutDown();
    }

    private static ShaclSailValidationException validation(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof ShaclSailValidationException v) return v;
        }
        return null;
    }

    static final IRI RESULT = SHACL.RESULT;
}
