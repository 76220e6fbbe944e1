package org.claimgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.claimgraph.history.HistoryQuery;
import org.claimgraph.rdf.CGH;
import org.claimgraph.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code claimgraph history}: one row per recorded claim event; {@code history import} backfills from git. */
@Command(
        name = "history",
        mixinStandardHelpOptions = true,
        subcommands = HistoryImportCommand.class,
        description = {
            "Lists the recorded claim events (appeared, status-changed, evidence-changed, revised, removed), oldest first:",
            "columns time,event,claim,text,note,line,before,after,commit,author.",
            "Events are recorded in the named graph " + CGH.HISTORY_GRAPH
                    + " by 'history import' and by every later write."
        })
public final class HistoryCommand implements Callable<Integer> {
    enum Format {
        table,
        csv,
        json
    }

    static final List<String> COLUMNS =
            List.of("time", "event", "claim", "text", "note", "line", "before", "after", "commit", "author");

    @Option(names = "--db", paramLabel = "DIR", description = "TDB2 database directory (required).")
    Path db;

    @Option(names = "--since", paramLabel = "DATE", description = "Only events on or after this day (YYYY-MM-DD, UTC).")
    LocalDate since;

    @Option(
            names = "--until",
            paramLabel = "DATE",
            description = "Only events on or before this day (YYYY-MM-DD, UTC).")
    LocalDate until;

    @Option(
            names = "--note",
            paramLabel = "PATH",
            description = "Only events of the note at this path (relative to the notes folder, as ingested).")
    String note;

    @Option(
            names = "--format",
            paramLabel = "table|csv|json",
            defaultValue = "table",
            description = "table, csv or json. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (db == null) throw new UsageException("--db DIR is required");
        HistoryQuery.Filter filter = new HistoryQuery.Filter(
                since == null ? null : since.atStartOfDay(ZoneOffset.UTC).toInstant(),
                until == null
                        ? null
                        : until.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
                note);
        List<HistoryQuery.EventRow> rows;
        try (Opened opened = new Opened(Stores.tdb2Existing(db))) {
            Dataset ds = opened.dataset();
            rows = Txn.calculateRead(
                    ds, () -> HistoryQuery.events(ds.asDatasetGraph().getGraph(CGH.historyGraph), filter));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(
                switch (format) {
                    case table -> table(rows);
                    case csv -> csv(rows);
                    case json -> json(rows);
                });
        out.flush();
        if (rows.isEmpty())
            spec.commandLine()
                    .getErr()
                    .println("no events recorded" + (filter.equals(HistoryQuery.Filter.ALL) ? "" : " in that range"));
        return 0;
    }

    static List<String> cells(HistoryQuery.EventRow r) {
        return List.of(
                r.time().toString(),
                r.event(),
                r.claim(),
                r.text(),
                r.note(),
                r.line() > 0 ? Integer.toString(r.line()) : "",
                r.before(),
                r.after(),
                r.commit(),
                r.author());
    }

    static String csv(List<HistoryQuery.EventRow> rows) throws IOException {
        StringWriter w = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(
                w,
                CSVFormat.RFC4180
                        .builder()
                        .setHeader(COLUMNS.toArray(String[]::new))
                        .get())) {
            for (HistoryQuery.EventRow r : rows) p.printRecord(cells(r));
        }
        return w.toString();
    }

    static String json(List<HistoryQuery.EventRow> rows) {
        JsonArray a = new JsonArray();
        for (HistoryQuery.EventRow r : rows) {
            JsonObject o = new JsonObject();
            List<String> c = cells(r);
            for (int i = 0; i < COLUMNS.size(); i++) {
                if (COLUMNS.get(i).equals("line")) {
                    if (r.line() > 0) o.put("line", r.line());
                } else {
                    o.put(COLUMNS.get(i), c.get(i));
                }
            }
            a.add(o);
        }
        return JSON.toString(a) + System.lineSeparator();
    }

    /** Aligned columns for a terminal; the claim IRI is shortened to its hash, text and commit are cut. */
    static String table(List<HistoryQuery.EventRow> rows) {
        List<List<String>> lines = new ArrayList<>();
        lines.add(COLUMNS);
        for (HistoryQuery.EventRow r : rows) {
            List<String> c = new ArrayList<>(cells(r));
            c.set(0, r.time().toString().replace("T", " ").replace("Z", ""));
            c.set(2, c.get(2).substring(c.get(2).lastIndexOf('/') + 1));
            c.set(3, cut(c.get(3), 40));
            c.set(6, cut(c.get(6), 40));
            c.set(7, cut(c.get(7), 40));
            c.set(8, c.get(8).length() > 7 ? c.get(8).substring(0, 7) : c.get(8));
            lines.add(c);
        }
        int[] width = new int[COLUMNS.size()];
        for (List<String> l : lines)
            for (int i = 0; i < l.size(); i++) width[i] = Math.max(width[i], displayWidth(l.get(i)));
        StringBuilder b = new StringBuilder();
        for (List<String> l : lines) {
            for (int i = 0; i < l.size(); i++) {
                b.append(l.get(i));
                if (i < l.size() - 1) b.append(" ".repeat(width[i] - displayWidth(l.get(i)) + 2));
            }
            b.append(System.lineSeparator());
        }
        return b.toString();
    }

    private static String cut(String s, int max) {
        int[] cps = s.codePoints().toArray();
        return cps.length <= max ? s : new String(cps, 0, max - 1) + "…";
    }

    /** Terminal width: CJK and full-width characters take two columns. */
    static int displayWidth(String s) {
        return s.codePoints()
                .map(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                                || (c >= 0xFF00 && c <= 0xFF60)
                                || (c >= 0x3000 && c <= 0x303F)
                        ? 2
                        : 1)
                .sum();
    }
}
