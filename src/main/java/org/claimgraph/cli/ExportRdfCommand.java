package org.claimgraph.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.claimgraph.store.Stores;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code claimgraph export rdf (--db DIR | --docs PATH...) --format trig|nq|ttl|jsonld [--out FILE]}. */
@Command(
        name = "rdf",
        mixinStandardHelpOptions = true,
        description = {
            "Writes the whole dataset as RDF: trig and nq keep one named graph per note (plus the ontology graph), "
                    + "ttl writes the union of all graphs as one graph, jsonld writes the dataset as JSON-LD.",
            "N-Quads output is sorted, so the same graph gives the same bytes."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "2:usage error", "3:the data could not be opened or the file not written"})
final class ExportRdfCommand implements Callable<Integer> {
    enum Format {
        trig,
        nq,
        ttl,
        jsonld
    }

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    DataSourceOptions source;

    @Option(
            names = {"-f", "--format"},
            required = true,
            paramLabel = "FORMAT",
            description = "One of ${COMPLETION-CANDIDATES}.")
    Format format;

    @Option(
            names = {"-o", "--out"},
            paramLabel = "FILE",
            description = "Output file (default: standard output).")
    Path out;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        byte[] bytes;
        try (Opened opened = new Opened(source.open(err))) {
            Dataset ds = opened.dataset();
            bytes = Txn.calculateRead(ds, () -> write(ds, format));
        }
        if (out == null) {
            PrintWriter w = spec.commandLine().getOut();
            w.print(new String(bytes, StandardCharsets.UTF_8));
            w.flush();
        } else {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            try (OutputStream o = Files.newOutputStream(out)) {
                o.write(bytes);
            }
            err.println("wrote " + out + " (" + bytes.length + " bytes)");
            err.flush();
        }
        return source.exitCode(ExitCodes.OK);
    }

    /** The dataset serialised in {@code format}. Call inside a read transaction. */
    static byte[] write(Dataset dataset, Format format) {
        Dataset ds = Stores.asStored(dataset);
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        switch (format) {
            case trig -> RDFDataMgr.write(b, ds, Lang.TRIG);
            case jsonld -> RDFDataMgr.write(b, ds, Lang.JSONLD);
            case ttl -> RDFDataMgr.write(b, ds.getUnionModel(), Lang.TURTLE);
            case nq -> {
                RDFDataMgr.write(b, ds.asDatasetGraph(), Lang.NQUADS);
                String[] lines = b.toString(StandardCharsets.UTF_8).split("\n");
                Arrays.sort(lines);
                StringBuilder s = new StringBuilder();
                for (String l : lines) if (!l.isEmpty()) s.append(l).append('\n');
                return s.toString().getBytes(StandardCharsets.UTF_8);
            }
        }
        return b.toByteArray();
    }
}
