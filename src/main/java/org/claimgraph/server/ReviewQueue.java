package org.claimgraph.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.claimgraph.extract.Model;
import org.claimgraph.extract.NoteExtractor;
import org.claimgraph.rdf.SparqlResources;
import org.claimgraph.validate.Audit;
import org.claimgraph.validate.DataGraph;
import org.claimgraph.validate.Finding;
import org.claimgraph.validate.ShapesLoader;
import org.claimgraph.writeback.NoteFile;
import org.claimgraph.writeback.WriteBack;

/**
 * The review queue as JSON: the findings of the current audit that need a human (❌ claims,
 * ⚠️ pending, partially verifiable, ✅ without a method URL, stale and future dates, drifted
 * references, performance figures without an environment), each with its note lines (the
 * claim, its block and 3 lines around), the status and line {@code verify} would write, the
 * note's sha-256, and the SPARQL query that lists it. Read-only.
 */
final class ReviewQueue {
    private ReviewQueue() {}

    static final Set<String> RULES = Set.of(
            "unverifiable-claim",
            "pending-claim",
            "pending-version",
            "partially-verifiable",
            "performance-without-environment",
            "verified-without-url",
            "publicly-verifiable-without-url",
            "verified-but-needs-verification",
            "stale-update-date",
            "update-after-document-date",
            "drifted-line-reference");
    /** Rule → the query in {@code queries/} that lists every item of that kind. */
    private static final Map<String, String> QUERIES = Map.of(
            "unverifiable-claim",
            "unverifiable-claims.rq",
            "pending-version",
            "pending-versions.rq",
            "verified-without-url",
            "verified-without-url.rq",
            "publicly-verifiable-without-url",
            "verified-without-url.rq",
            "stale-update-date",
            "stale-claims.rq",
            "drifted-line-reference",
            "line-references.rq",
            "performance-without-environment",
            "performance-without-environment.rq");

    static final int CONTEXT = 3;

    private static final class Shapes {
        static final Graph GRAPH = ShapesLoader.graph(null);
    }

    /** A note read once per queue. */
    private record Read(String text, String sha256, Model.Note note, List<String> lines) {}

    static JsonObject build(Dataset dataset, NotesFolder notes, String lang) {
        LocalDate today = LocalDate.now();
        Audit.Result result =
                Audit.run(DataGraph.of(dataset, today), Shapes.GRAPH, ShapesLoader.defaultShapes(), today, lang);
        Map<String, Read> cache = new HashMap<>();
        JsonArray items = new JsonArray();
        for (Finding f : result.findings()) {
            if (!RULES.contains(f.rule())) continue;
            items.add(item(f, notes, cache));
        }
        JsonObject o = new JsonObject();
        o.put("asOf", today.toString());
        o.put("writable", notes.writable());
        if (!notes.writable()) o.put("whyReadOnly", notes.why());
        o.put("items", items);
        return o;
    }

    private static JsonObject item(Finding f, NotesFolder notes, Map<String, Read> cache) {
        JsonObject o = new JsonObject();
        o.put("id", f.rule() + " " + f.focus());
        o.put("rule", f.rule());
        o.put("severity", f.severity().label());
        o.put("file", f.file() == null ? "" : f.file());
        o.put("line", f.line());
        o.put("section", f.section() == null ? "" : f.section());
        o.put("claim", f.claimText() == null ? "" : f.claimText());
        o.put("message", f.message());
        o.put("action", f.action());
        o.put("query", query(f));
        Read r = f.file() == null || !notes.writable() ? null : cache.computeIfAbsent(f.file(), k -> read(notes, k));
        if (r == null || f.line() < 1) return o;
        o.put("sha256", r.sha256());
        WriteBack.Located at = WriteBack.locate(r.note(), f.line());
        int first = f.line();
        int last = f.line();
        if (at != null) {
            o.put("statusLine", at.statusLine());
            if (at.status() != null) o.put("status", at.status());
            JsonArray tools = new JsonArray();
            at.tools().forEach(tools::add);
            o.put("tools", tools);
            if (at.blockFirstLine() > 0) {
                o.put("blockFirst", at.blockFirstLine());
                o.put("blockLast", at.blockLastLine());
                first = Math.min(first, at.blockFirstLine());
                last = Math.max(last, at.blockLastLine());
            }
        }
        JsonArray ctx = new JsonArray();
        for (int l = Math.max(1, first - CONTEXT); l <= Math.min(r.lines().size(), last + CONTEXT); l++) {
            JsonObject line = new JsonObject();
            line.put("n", l);
            line.put("text", r.lines().get(l - 1));
            ctx.add(line);
        }
        o.put("context", ctx);
        return o;
    }

    private static Read read(NotesFolder notes, String relative) {
        try {
            Path file = notes.resolve(relative);
            NoteFile.Snapshot s = NoteFile.read(file);
            return new Read(
                    s.text(),
                    s.sha256(),
                    NoteExtractor.extract(relative, s.text()),
                    s.text().lines().toList());
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    /** The text of the query that lists the finding: the rule's query, else one about its focus node. */
    static String query(Finding f) {
        String name = QUERIES.get(f.rule());
        if (name != null) {
            String q = resource("/queries/" + name);
            if (q != null) return q;
        }
        ParameterizedSparqlString p =
                new ParameterizedSparqlString(SparqlResources.text(ReviewQueue.class, "review-item"));
        p.setIri("focus", f.focus());
        return p.toString();
    }

    private static String resource(String path) {
        try (InputStream in = ReviewQueue.class.getResourceAsStream(path)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }
}
