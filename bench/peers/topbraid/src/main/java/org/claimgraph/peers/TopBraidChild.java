package org.claimgraph.peers;

import java.io.FileOutputStream;
import java.io.OutputStream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.topbraid.shacl.validation.ValidationUtil;
import org.topbraid.shacl.vocabulary.SH;

/**
 * TopBraid SHACL 1.4.4 (its own Jena 5.2.0), for claimgraph's peer benchmark (bench/peers/run.sh):
 * {@code DATA SHAPES RUNS WARMUPS REPORT}. Loads DATA (N-Triples) and SHAPES (Turtle) into plain
 * in-memory models, then {@code ValidationUtil.validateModel(data, shapes, false)} WARMUPS + RUNS
 * times; writes the last report as N-Triples to REPORT. Prints {@code RESULT key value} lines.
 */
public final class TopBraidChild {
    private TopBraidChild() {}

    public static void main(String[] args) {
        try {
            run(args);
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

    private static void run(String[] args) throws Exception {
        int runs = Integer.parseInt(args[2]);
        int warmups = Integer.parseInt(args[3]);
        long t0 = System.nanoTime();
        Model data = ModelFactory.createDefaultModel();
        RDFDataMgr.read(data, args[0]);
        Model shapes = ModelFactory.createDefaultModel();
        RDFDataMgr.read(shapes, args[1]);
        result("loadMs", (System.nanoTime() - t0) / 1e6);
        result("statements", data.size());
        Resource last = null;
        for (int i = 0; i < warmups + runs; i++) {
            long s = System.nanoTime();
            last = ValidationUtil.validateModel(data, shapes, false);
            long e = System.nanoTime();
            if (i >= warmups) result("validateMs", (e - s) / 1e6);
        }
        result("results", last.listProperties(SH.result).toList().size());
        try (OutputStream out = new FileOutputStream(args[4])) {
            RDFDataMgr.write(out, last.getModel(), Lang.NTRIPLES);
        }
    }
}
