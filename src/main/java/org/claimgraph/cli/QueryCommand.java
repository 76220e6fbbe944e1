package org.claimgraph.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code claimgraph query (FILE.rq | -e SPARQL) (--db DIR | --docs PATH...) [--format ...]}. */
@Command(
        name = "query",
        mixinStandardHelpOptions = true,
        description = {
            "Runs a SPARQL 1.1 query. The default graph is the union of all notes' named graphs (and the ontology), "
                    + "so queries need no GRAPH clause. The prefixes cg: cgid: cgm: cgh: cga: cgf: rdf: rdfs: owl: xsd: skos: "
                    + "dcterms: prov: schema: doap: qb: are predeclared.",
            "FILE may also name a ready query shipped in the jar, e.g. queries/status-counts.rq or just status-counts.",
            "SELECT/ASK results use --format; CONSTRUCT/DESCRIBE results are Turtle (json: JSON-LD, xml: RDF/XML)."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:query ran",
            "2:usage error or the query does not parse (message gives line and column)",
            "3:the data could not be opened (no such --db, or no --docs note could be ingested)"
        })
final class QueryCommand implements Callable<Integer> {
    enum Format {
        csv,
        tsv,
        json,
        table,
        xml
    }

    @Spec
    CommandSpec spec;

    static final class QuerySource {
        @Parameters(
                paramLabel = "FILE.rq",
                arity = "1",
                description = "File with the SPARQL query (or a ready query name such as queries/stats.rq).")
        Path file;

        @Option(
                names = {"-e", "--expr"},
                paramLabel = "SPARQL",
                description = "The SPARQL query text.")
        String text;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    QuerySource query;

    @ArgGroup(exclusive = true, multiplicity = "1")
    DataSourceOptions source;

    @Option(
            names = {"-f", "--format"},
            paramLabel = "FORMAT",
            defaultValue = "table",
            description = "Result format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(
            names = "--bind",
            paramLabel = "NAME=VALUE",
            description =
                    "Give the query variable ?NAME a value (YYYY-MM-DD becomes an xsd:date, anything else a string), as the ready queries' parameters: --bind asOf=2025-03-01.")
    java.util.Map<String, String> bindings = new java.util.LinkedHashMap<>();

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        String name = query.text != null ? "<-e>" : query.file.toString();
        String text = query.text != null ? query.text : readQuery(query.file);
        if (text == null) throw new InputException("no such query file: " + query.file);
        Query q;
        try {
            q = new Query();
            q.setPrefixMapping(standardPrefixes());
            QueryFactory.parse(q, text, null, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            throw new UsageException(parseMessage(name, text, e), e);
        }
        Query bound = bindings.isEmpty() ? q : bind(q);
        try (Opened opened = new Opened(source.open(err))) {
            Dataset ds = opened.dataset();
            byte[] result = Txn.calculateRead(ds, () -> run(bound, ds));
            PrintWriter out = spec.commandLine().getOut();
            out.print(new String(result, StandardCharsets.UTF_8));
            out.flush();
        }
        return source.exitCode(ExitCodes.OK);
    }

    /** The query with each {@code --bind} variable replaced by its value (ParameterizedSparqlString: no text is pasted in). */
    private Query bind(Query parsed) {
        org.apache.jena.query.ParameterizedSparqlString pss =
                new org.apache.jena.query.ParameterizedSparqlString(parsed.toString());
        bindings.forEach((name, value) -> {
            if (value.matches("\\d{4}-\\d{2}-\\d{2}"))
                pss.setLiteral(name, value, org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate);
            else pss.setLiteral(name, value);
        });
        return pss.asQuery(Syntax.syntaxARQ);
    }

    private static final java.util.regex.Pattern AT = java.util.regex.Pattern.compile("at line (\\d+), column (\\d+)");

    /**
     * "FILE:line:column: message" from a parse error (the caller adds {@link ExitCodes#PREFIX}), then the offending line with a caret. The
     * position in the parser's message (the unexpected token) wins over the exception's (the last
     * good token); the long "Was expecting one of" list is dropped.
     */
    static String parseMessage(String name, String text, QueryParseException e) {
        String msg = e.getMessage() == null ? "syntax error" : e.getMessage().strip();
        int cut = msg.indexOf("\nWas expecting");
        if (cut >= 0) msg = msg.substring(0, cut).strip();
        int line = e.getLine();
        int col = e.getColumn();
        java.util.regex.Matcher m = AT.matcher(msg);
        if (m.find()) {
            line = Integer.parseInt(m.group(1));
            col = Integer.parseInt(m.group(2));
        }
        if (line <= 0) return name + ": " + msg;
        StringBuilder b = new StringBuilder(name)
                .append(':')
                .append(line)
                .append(':')
                .append(col)
                .append(": ")
                .append(msg);
        String[] lines = text.split("\r?\n", -1);
        if (line <= lines.length) {
            b.append(System.lineSeparator())
                    .append("  ")
                    .append(lines[line - 1])
                    .append(System.lineSeparator())
                    .append("  ")
                    .append(" ".repeat(Math.max(0, col - 1)))
                    .append('^');
        }
        return b.toString();
    }

    /** Prefixes a query may use without declaring them; its own PREFIX lines take precedence. */
    static org.apache.jena.shared.PrefixMapping standardPrefixes() {
        org.apache.jena.shared.PrefixMapping pm = org.claimgraph.rdf.Prefixes.standard();
        pm.setNsPrefix("cga", org.claimgraph.validate.CGA.NS);
        pm.setNsPrefix("cgf", org.claimgraph.sparql.CGF.NS);
        return pm;
    }

    private byte[] run(Query q, Dataset ds) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
            if (q.isSelectType()) {
                ResultSet rs = qe.execSelect();
                switch (format) {
                    case csv -> ResultSetFormatter.outputAsCSV(bytes, rs);
                    case tsv -> ResultSetFormatter.outputAsTSV(bytes, rs);
                    case json -> ResultSetFormatter.outputAsJSON(bytes, rs);
                    case xml -> ResultSetFormatter.outputAsXML(bytes, rs);
                    case table -> ResultSetFormatter.out(bytes, rs, q.getPrefixMapping());
                }
            } else if (q.isAskType()) {
                boolean b = qe.execAsk();
                switch (format) {
                    case csv -> ResultSetFormatter.outputAsCSV(bytes, b);
                    case tsv -> ResultSetFormatter.outputAsTSV(bytes, b);
                    case json -> ResultSetFormatter.outputAsJSON(bytes, b);
                    case xml -> ResultSetFormatter.outputAsXML(bytes, b);
                    case table -> bytes.writeBytes((b + System.lineSeparator()).getBytes(StandardCharsets.UTF_8));
                }
            } else {
                Model m = q.isConstructType() ? qe.execConstruct() : qe.execDescribe();
                Lang lang = switch (format) {
                    case json -> Lang.JSONLD;
                    case xml -> Lang.RDFXML;
                    case csv, tsv -> Lang.NTRIPLES;
                    case table -> Lang.TURTLE;
                };
                RDFDataMgr.write(bytes, m, lang);
            }
        }
        return bytes.toByteArray();
    }

    /** The query text from a file, or from the jar when no such file exists (ready queries). */
    static String readQuery(Path file) throws IOException {
        if (Files.isRegularFile(file)) return Files.readString(file, StandardCharsets.UTF_8);
        String name = file.toString().replace('\\', '/');
        for (String candidate : new String[] {name, "queries/" + name, "queries/" + name + ".rq"}) {
            try (InputStream in = QueryCommand.class.getClassLoader().getResourceAsStream(candidate)) {
                if (in != null) return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
