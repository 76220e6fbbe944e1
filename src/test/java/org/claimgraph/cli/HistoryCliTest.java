package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.claimgraph.history.TestRepos;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The done-when scenario of the claim history on the command line: a JGit repository with three
 * commits at fixed dates, imported twice, listed, and asked for statuses as of each date.
 */
class HistoryCliTest {
    static List<JsonObject> events(Path db, String... extra) {
        List<String> args = new ArrayList<>(List.of("history", "--db", db.toString(), "--format", "json"));
        args.addAll(List.of(extra));
        CliRun r = CliRun.run(args.toArray(String[]::new));
        assertEquals(0, r.exit(), r.err());
        JsonArray a = JSON.parseAny(r.out()).getAsArray();
        List<JsonObject> out = new ArrayList<>();
        for (JsonValue v : a) out.add(v.getAsObject());
        return out;
    }

    static String field(JsonObject o, String k) {
        return o.get(k).getAsString().value();
    }

    /** cgf:statusAsOf of the claim with that event text, at the end of the day: the concept's local name ("" when unbound). */
    static String statusAsOf(Path db, String text, String day) {
        String q = """
                PREFIX cgh: <https://w3id.org/claimgraph/history#>
                PREFIX cgf: <https://w3id.org/claimgraph/fn#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT ?notation WHERE {
                  { SELECT DISTINCT ?claim WHERE { GRAPH <https://w3id.org/claimgraph/id/graph/history> { ?e cgh:claim ?claim ; cgh:text ?text } } }
                  BIND(cgf:statusAsOf(?claim, ?day) AS ?s)
                  BIND(COALESCE(STRAFTER(STR(?s), "#"), "") AS ?notation)
                }""".replace("?text }", "?text . FILTER(STR(?text) = ?want) }");
        CliRun r = CliRun.run(
                "query", "-e", q, "--db", db.toString(), "--bind", "day=" + day, "--bind", "want=" + text, "-f", "csv");
        assertEquals(0, r.exit(), r.err());
        String[] lines = r.out().strip().split("\r?\n");
        assertEquals(2, lines.length, r.out());
        return lines[1].strip().replace("\"", ""); // an empty string is written as ""
    }

    @Test
    void importListAskAndReimport(@TempDir Path tmp) throws Exception {
        Path repo = TestRepos.threeCommits(tmp.resolve("repo"));
        Path db = tmp.resolve("db");
        CliRun imp = CliRun.run("history", "import", repo.toString(), "--db", db.toString());
        assertEquals(0, imp.exit(), imp.err());
        assertTrue(imp.err().contains("3 of 3 commits imported"), imp.err());

        List<JsonObject> all = events(db);
        assertEquals(10, all.size(), all.toString()); // 4 appeared, 2 status-changed, 2 evidence-changed, 2 removed
        JsonObject status = all.stream()
                .filter(o -> field(o, "event").equals("status-changed")
                        && field(o, "text").equals(TestRepos.DOCKER))
                .findFirst()
                .orElseThrow();
        assertEquals("pending", field(status, "before"));
        assertEquals("verified", field(status, "after"));
        assertEquals("2025-03-02T10:00:00Z", field(status, "time"));
        assertEquals("notes/deploy.md", field(status, "note"));
        assertEquals(5, status.get("line").getAsNumber().value().intValue());
        assertEquals("Alice Auditor <alice@example.org>", field(status, "author"));
        assertEquals(40, field(status, "commit").length());
        JsonObject evidence = all.stream()
                .filter(o -> field(o, "event").equals("evidence-changed"))
                .findFirst()
                .orElseThrow();
        assertTrue(
                field(evidence, "after").contains("method=https://example.org/bench/docker-mem"), evidence.toString());
        assertEquals(
                List.of("removed", "removed"),
                events(db, "--since", "2025-04-15").stream()
                        .map(o -> field(o, "event"))
                        .toList());
        assertEquals(4, events(db, "--until", "2025-01-10").size());
        assertEquals(0, events(db, "--note", "other.md").size());

        assertEquals("", statusAsOf(db, TestRepos.DOCKER, "2025-01-09"));
        assertEquals("Pending", statusAsOf(db, TestRepos.DOCKER, "2025-01-10"));
        assertEquals("Pending", statusAsOf(db, TestRepos.DOCKER, "2025-03-01"));
        assertEquals("Verified", statusAsOf(db, TestRepos.DOCKER, "2025-03-02"));
        assertEquals("Unverifiable", statusAsOf(db, TestRepos.K3S, "2025-04-14"));
        assertEquals("", statusAsOf(db, TestRepos.K3S, "2025-04-15"));

        CliRun again = CliRun.run("history", "import", repo.toString(), "--db", db.toString());
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.err().contains("0 of 3 commits imported (3 already recorded)"), again.err());
        assertEquals(all.toString(), events(db).toString());

        CliRun csv = CliRun.run("history", "--db", db.toString(), "--format", "csv");
        assertTrue(csv.out().startsWith("time,event,claim,text,note,line,before,after,commit,author"), csv.out());
        assertEquals(11, csv.out().strip().split("\r?\n").length);
        CliRun table = CliRun.run("history", "--db", db.toString());
        assertTrue(
                table.out()
                        .lines()
                        .anyMatch(l -> l.contains("status-changed") && l.contains("pending") && l.contains("verified")),
                table.out());
    }

    @Test
    void readyQueriesAnswerFromTheHistory(@TempDir Path tmp) throws Exception {
        Path repo = TestRepos.threeCommits(tmp.resolve("repo"));
        Path db = tmp.resolve("db");
        assertEquals(
                0,
                CliRun.run("history", "import", repo.toString(), "--db", db.toString())
                        .exit());
        CliRun counts = CliRun.run(
                "query",
                "queries/status-counts-as-of.rq",
                "--db",
                db.toString(),
                "--bind",
                "asOf=2025-03-01",
                "-f",
                "csv");
        assertEquals(
                List.of("status,n", "pending,2", "unverifiable,2"),
                counts.out().strip().lines().map(String::strip).toList(),
                counts.err());
        CliRun later = CliRun.run(
                "query",
                "queries/status-counts-as-of.rq",
                "--db",
                db.toString(),
                "--bind",
                "asOf=2025-04-15",
                "-f",
                "csv");
        assertEquals(
                List.of("status,n", "verified,2"),
                later.out().strip().lines().map(String::strip).toList(),
                later.err());
        CliRun since = CliRun.run(
                "query", "queries/changes-since.rq", "--db", db.toString(), "--bind", "since=2025-03-01", "-f", "csv");
        assertEquals(7, since.out().strip().lines().count(), since.out()); // header + 2 status + 2 evidence + 2 removed
        CliRun life = CliRun.run(
                "query", "queries/claim-history.rq", "--db", db.toString(), "--bind", "phrase=适合边缘节点", "-f", "csv");
        List<String> rows = life.out().strip().lines().skip(1).toList();
        assertEquals(3, rows.size(), life.out()); // appeared, status-changed, evidence-changed
        assertTrue(rows.get(0).contains("appeared") && rows.get(0).contains("pending"), rows.toString());

        // exports: --include history adds the History sections and the history graph
        Path vault = tmp.resolve("vault");
        CliRun obs = CliRun.run(
                "export", "obsidian", "--db", db.toString(), "--out", vault.toString(), "--include", "history");
        assertEquals(0, obs.exit(), obs.err());
        try (var files = java.nio.file.Files.walk(vault.resolve("Claims"))) {
            assertTrue(files.filter(java.nio.file.Files::isRegularFile)
                    .map(HistoryCliTest::read)
                    .anyMatch(t -> t.contains("## 历史 history")
                            && t.contains(
                                    " · status-changed · pending → verified · notes/deploy.md:5 · Alice Auditor")));
        }
        Path withHistory = tmp.resolve("with.jsonld");
        Path without = tmp.resolve("without.jsonld");
        assertEquals(
                0,
                CliRun.run(
                                "export",
                                "jsonld",
                                "--db",
                                db.toString(),
                                "--out",
                                withHistory.toString(),
                                "--include",
                                "history")
                        .exit());
        assertEquals(
                0,
                CliRun.run("export", "jsonld", "--db", db.toString(), "--out", without.toString())
                        .exit());
        assertTrue(
                read(withHistory).contains("history/event/") && !read(without).contains("history/event/"));
        assertEquals(
                2,
                CliRun.run(
                                "export",
                                "obsidian",
                                "--db",
                                db.toString(),
                                "--out",
                                vault.toString(),
                                "--include",
                                "histroy")
                        .exit());
    }

    private static String read(Path p) {
        try {
            return java.nio.file.Files.readString(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void auditSinceListsThePendingFindingAsResolved(@TempDir Path tmp) throws Exception {
        Path repo = TestRepos.threeCommits(tmp.resolve("repo"));
        Path db = tmp.resolve("db");
        assertEquals(
                0,
                CliRun.run("history", "import", repo.toString(), "--db", db.toString())
                        .exit());
        CliRun json = CliRun.run(
                "audit", "--db", db.toString(), "--since", "2025-03-01", "--as-of", "2025-05-01", "--format", "json");
        assertEquals(0, json.exit(), json.err());
        JsonObject o = JSON.parse(json.out());
        assertEquals("2025-03-01", o.get("since").getAsString().value());
        List<JsonObject> resolved = new ArrayList<>();
        o.get("resolved").getAsArray().forEach(v -> resolved.add(v.getAsObject()));
        // the ⚠️ 待验证 Docker claim (line 5) was a pending finding on 1 March; it is ✅ now
        assertTrue(
                resolved.stream()
                        .anyMatch(f -> field(f, "rule").equals("pending-claim")
                                && field(f, "note").equals("notes/deploy.md")
                                && f.get("line").getAsNumber().value().intValue() == 5
                                && field(f, "severity").equals("warning")
                                && !field(f, "message").isEmpty()),
                json.out());
        o.get("open")
                .getAsArray()
                .forEach(v -> assertTrue(!field(v.getAsObject(), "rule").equals("pending-claim"), v.toString()));
        assertTrue(o.get("new").isArray());
        int resolvedCount = 0;
        for (String s : List.of("violation", "warning", "info"))
            resolvedCount += o.get("sinceCounts")
                    .getAsObject()
                    .get(s)
                    .getAsObject()
                    .get("resolved")
                    .getAsNumber()
                    .value()
                    .intValue();
        assertEquals(resolved.size(), resolvedCount);

        CliRun md = CliRun.run("audit", "--db", db.toString(), "--since", "2025-03-01", "--as-of", "2025-05-01");
        assertTrue(
                md.out().contains("## Since 2025-03-01") && md.out().contains("### Resolved (" + resolved.size() + ")"),
                md.out());
        CliRun html = CliRun.run(
                "audit", "--db", db.toString(), "--since", "2025-03-01", "--as-of", "2025-05-01", "--format", "html");
        String h = html.out();
        assertTrue(h.contains("<h2>Since 2025-03-01</h2>") && h.indexOf("<svg") < h.lastIndexOf("</body>"), h);
        // one polyline per severity, one point per recorded run (3 commits)
        assertEquals(3, h.split("<polyline", -1).length - 1 - countBefore(h, "Since"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<polyline[^>]*points=\"([^\"]*)\"")
                .matcher(h.substring(h.indexOf("Since 2025")));
        while (m.find()) assertEquals(3, m.group(1).trim().split(" ").length, m.group(1));
    }

    @Test
    void everyIngestRecordsItsEventsWithTheOsUserAsAgent(@TempDir Path tmp) throws Exception {
        Path notes = tmp.resolve("notes");
        java.nio.file.Files.createDirectories(notes);
        Path note = notes.resolve("deploy.md");
        Path db = tmp.resolve("db");
        java.nio.file.Files.writeString(
                note, org.claimgraph.history.HistoryNotes.note("⚠️ 待验证", "内部测试复现", TestRepos.K3S));
        assertEquals(
                0, CliRun.run("ingest", notes.toString(), "--db", db.toString()).exit());
        assertEquals(
                List.of("appeared"),
                events(db).stream().map(o -> field(o, "event")).distinct().toList());
        java.nio.file.Files.writeString(
                note,
                org.claimgraph.history.HistoryNotes.note(
                        "✅ 已验证", "<https://example.org/bench/docker-mem>", TestRepos.K3S));
        assertEquals(
                0, CliRun.run("ingest", notes.toString(), "--db", db.toString()).exit());
        List<JsonObject> all = events(db);
        JsonObject status = all.stream()
                .filter(o -> field(o, "event").equals("status-changed")
                        && field(o, "text").equals(TestRepos.DOCKER))
                .findFirst()
                .orElseThrow(() -> new AssertionError(all.toString()));
        assertEquals("pending", field(status, "before"));
        assertEquals("verified", field(status, "after"));
        assertEquals("deploy.md", field(status, "note"));
        assertEquals(System.getProperty("user.name"), field(status, "author"));
        assertTrue(
                status.get("commit") == null
                        || status.get("commit").isNull()
                        || field(status, "commit").isEmpty(),
                status.toString());
        // an unchanged note records nothing
        assertEquals(
                0, CliRun.run("ingest", notes.toString(), "--db", db.toString()).exit());
        assertEquals(all.toString(), events(db).toString());
    }

    private static int countBefore(String h, String marker) {
        String head = h.substring(0, h.indexOf("<h2>" + marker));
        return head.split("<polyline", -1).length - 1;
    }
}
