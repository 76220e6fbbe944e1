package org.claimgraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.claimgraph.validate.PeerBenchData;
import org.claimgraph.validate.PeerLiveChild;

/**
 * Full and incremental SHACL validation, claimgraph (Jena 5.6) against TopBraid SHACL 1.4.4 and RDF4J 5.1.0's
 * ShaclSail, on identical triples and identical Core-only shapes ({@link PeerBenchData}). Every engine runs in its
 * own child JVM with its own classpath (TopBraid's Jena 5.2 never meets ours); the peers are built from
 * {@code bench/peers/} and never reach the shipped jar. Started by {@code bench/peers/run.sh}, which passes the
 * peers' classpaths. Writes {@code WORK/results.md}.
 *
 * <p>Options: {@code --work DIR --sizes 100,1000 --seed 42 --runs 3 --warmups 1 --edits 10 --rounds 3 --xmx -Xmx6g
 * --only full,audit,incremental --incremental-order ours,rdf4j,rdf4j,ours --topbraid-cp CP --rdf4j-cp CP}; {@code --only prep} writes the data and stops,
 * {@code --only compare} compares the reports of an earlier run.
 */
public final class PeersBench {
    private static final String TOPBRAID = "org.claimgraph.peers.TopBraidChild";
    private static final String RDF4J = "org.claimgraph.peers.Rdf4jChild";

    private final Map<String, String> opt = new LinkedHashMap<>();
    private final Path work;
    private final List<String> md = new ArrayList<>();

    private PeersBench(String[] args) {
        opt.putAll(Map.of(
                "work", "target/peers",
                "sizes", "100,1000",
                "seed", "42",
                "runs", "3",
                "warmups", "1",
                "edits", "10",
                "rounds", "3",
                "xmx", "-Xmx6g",
                "only", "full,audit,incremental",
                "incremental-order", "ours,rdf4j,rdf4j,ours"));
        for (int i = 0; i + 1 < args.length; i += 2) opt.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        work = Path.of(opt.get("work")).toAbsolutePath();
    }

    public static void main(String[] args) throws Exception {
        new PeersBench(args).run();
    }

    private void run() throws Exception {
        Files.createDirectories(work);
        List<Integer> sizes = Arrays.stream(opt.get("sizes").split(","))
                .map(Integer::parseInt)
                .sorted()
                .toList();
        String cp = System.getProperty("java.class.path");
        md.add("Peer SHACL engines, " + java.time.Instant.now() + ", load before: " + loadavg());
        if (opt.get("only").matches(".*(prep|full|audit|incremental).*")) prepare(cp);
        if (opt.get("only").contains("incremental")) incremental(sizes.get(sizes.size() - 1), cp);
        if (opt.get("only").contains("full")) full(sizes, cp);
        else if (opt.get("only").contains("compare")) for (int n : sizes) compare(n, engines(cp));
        if (opt.get("only").contains("audit")) audit(sizes, cp);
        md.add("load after: " + loadavg());
        flush();
        md.forEach(System.out::println);
    }

    /** Writes what is measured so far to WORK/results.md (a long run stopped half-way keeps its figures). */
    private void flush() throws IOException {
        Files.write(work.resolve("results.md"), md);
    }

    private void prepare(String cp) throws Exception {
        say("prepare data and shapes in " + work);
        Map<String, String> prep = ChildJvm.run(
                log("prepare"),
                3600,
                opt.get("xmx"),
                cp,
                PeerBenchData.class.getName(),
                work.toString(),
                opt.get("sizes"),
                opt.get("seed"),
                opt.get("edits"));
        say("prepared " + prep);
        md.add("data: " + prep);
    }

    // ---- full validation, Core-only shapes, three engines round-robin ----

    private record Engine(String name, String classpath, String main, String[] prefix) {}

    private List<Engine> engines(String cp) {
        return List.of(
                new Engine("claimgraph (Jena 5.6)", cp, PeersJenaChild.class.getName(), new String[] {"core"}),
                new Engine("TopBraid 1.4.4", opt.get("topbraid-cp"), TOPBRAID, new String[0]),
                new Engine("RDF4J 5.1.0 ShaclSail", opt.get("rdf4j-cp"), RDF4J, new String[] {"full"}));
    }

    private void full(List<Integer> sizes, String cp) throws Exception {
        List<Engine> engines = engines(cp);
        Map<String, Map<Integer, Stats>> times = new LinkedHashMap<>();
        md.add("");
        md.add(
                "| engine | notes | triples | load ms | validate ms, median (min–max) | triples/s | results | load avg before → after |");
        md.add("| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
        for (int si = 0; si < sizes.size(); si++) {
            int n = sizes.get(si);
            List<Engine> order = new ArrayList<>(engines);
            java.util.Collections.rotate(order, -si); // round-robin: each size starts with another engine
            for (Engine e : order) {
                String before = loadavg();
                Path report = work.resolve("report-" + slug(e.name) + "-" + n + ".nt");
                List<String> a = new ArrayList<>(List.of(e.prefix));
                a.addAll(List.of(
                        work.resolve("data-" + n + ".nt").toString(),
                        work.resolve("shapes-core.ttl").toString(),
                        opt.get("runs"),
                        opt.get("warmups"),
                        report.toString()));
                say(e.name + " at " + n + " notes");
                Map<String, String> r = ChildJvm.run(
                        log(slug(e.name) + "-" + n),
                        7200,
                        opt.get("xmx"),
                        e.classpath,
                        e.main,
                        a.toArray(String[]::new));
                Stats s = Stats.of(ChildJvm.doubles(r.get("validateMs")));
                times.computeIfAbsent(e.name, k -> new TreeMap<>()).put(n, s);
                long triples = Long.parseLong(r.get("statements"));
                md.add(String.format(
                        Locale.ROOT,
                        "| %s | %d | %d | %.0f | %s | %.0f | %s | %s → %s |",
                        e.name,
                        n,
                        triples,
                        Double.parseDouble(r.get("loadMs")),
                        s.format(0),
                        triples / (s.median() / 1000),
                        r.get("results"),
                        before,
                        loadavg()));
            }
        }
        scaling(times);
        for (int n : sizes) compare(n, engines);
    }

    private void scaling(Map<String, Map<Integer, Stats>> times) {
        md.add("");
        md.add("| engine | scaling per 10× data (median / median) |");
        md.add("| --- | --- |");
        times.forEach((engine, byN) -> {
            List<Integer> ns = new ArrayList<>(byN.keySet());
            StringBuilder sb = new StringBuilder();
            for (int i = 1; i < ns.size(); i++) {
                double f = Math.log10((double) ns.get(i) / ns.get(i - 1));
                double ratio =
                        byN.get(ns.get(i)).median() / byN.get(ns.get(i - 1)).median();
                sb.append(String.format(
                        Locale.ROOT,
                        "%d → %d: %.1f× (%.1f× per 10×) ",
                        ns.get(i - 1),
                        ns.get(i),
                        ratio,
                        Math.pow(ratio, 1 / f)));
            }
            md.add("| " + engine + " | " + sb.toString().trim() + " |");
        });
    }

    /** Result counts per (shape, component, severity) per engine, and examples of results one engine has and another not. */
    private void compare(int n, List<Engine> engines) {
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        Map<String, Map<String, Integer>> ids = new LinkedHashMap<>();
        for (Engine e : engines) {
            Path report = work.resolve("report-" + slug(e.name) + "-" + n + ".nt");
            if (!Files.exists(report)) continue;
            Graph g = RDFDataMgr.loadGraph(report.toString());
            Map<String, Integer> id = new TreeMap<>();
            g.find(Node.ANY, SHACL.resultSeverity, Node.ANY).forEachRemaining(t -> {
                Node r = t.getSubject();
                String key = name(obj(g, r, SHACL.sourceShape)) + " " + name(obj(g, r, SHACL.sourceConstraintComponent))
                        + " " + name(t.getObject());
                counts.computeIfAbsent(key, k -> new TreeMap<>()).merge(e.name, 1, Integer::sum);
                id.merge(
                        key + " focus=" + term(obj(g, r, SHACL.focusNode)) + " value=" + term(obj(g, r, SHACL.value)),
                        1,
                        Integer::sum);
            });
            ids.put(e.name, id);
        }
        md.add("");
        md.add("Results per shape, constraint component and severity, " + n + " notes:");
        md.add("");
        StringBuilder head = new StringBuilder("| shape component severity |");
        StringBuilder rule = new StringBuilder("| --- |");
        for (Engine e : engines) {
            head.append(' ').append(e.name).append(" |");
            rule.append(" ---: |");
        }
        md.add(head.toString());
        md.add(rule.toString());
        counts.forEach((key, byEngine) -> {
            StringBuilder row = new StringBuilder("| " + key + " |");
            for (Engine e : engines)
                row.append(' ').append(byEngine.getOrDefault(e.name, 0)).append(" |");
            md.add(row.toString());
        });
        List<String> names = new ArrayList<>(ids.keySet());
        for (int i = 0; i < names.size(); i++)
            for (int j = 0; j < names.size(); j++) {
                if (i == j) continue;
                Map<String, Integer> a = ids.get(names.get(i)), b = ids.get(names.get(j));
                TreeSet<String> only = new TreeSet<>();
                a.forEach((k, c) -> {
                    if (c > b.getOrDefault(k, 0))
                        only.add(k + (c > 1 ? " ×" + c : "") + (b.containsKey(k) ? " (×" + b.get(k) + " there)" : ""));
                });
                md.add("");
                md.add(n + " notes: " + only.size() + " results of " + names.get(i) + " not in " + names.get(j)
                        + (only.isEmpty()
                                ? ""
                                : ", first: "
                                        + String.join(
                                                "; ", only.stream().limit(4).toList())));
            }
    }

    private static Node obj(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    private static String name(Node n) {
        if (n == null) return "-";
        if (n.isURI()) return n.getURI().replaceAll(".*[#/]", "");
        return n.isBlank() ? "_:" : n.toString();
    }

    private static String term(Node n) {
        if (n == null) return "-";
        if (n.isBlank()) return "_:";
        if (n.isURI()) return n.getURI().replaceAll(".*/id/", "");
        return n.toString();
    }

    // ---- today's full audit (every shape, SHACL-SPARQL included, plus the Java checks) ----

    private void audit(List<Integer> sizes, String cp) throws Exception {
        md.add("");
        md.add(
                "claimgraph full audit (`Audit.run`: data graph from the store, all shapes incl. SHACL-SPARQL, coverage and multiplier checks):");
        md.add("");
        md.add("| notes | load ms | audit ms, median (min–max) | SHACL results | findings | load avg before → after |");
        md.add("| ---: | ---: | ---: | ---: | ---: | --- |");
        Map<Integer, Stats> byN = new TreeMap<>();
        for (int n : sizes) {
            String before = loadavg();
            say("claimgraph full audit at " + n + " notes");
            Map<String, String> r = ChildJvm.run(
                    log("audit-" + n),
                    7200,
                    opt.get("xmx"),
                    cp,
                    PeersJenaChild.class.getName(),
                    "audit",
                    work.resolve("data-" + n + ".nq").toString(),
                    "shapes",
                    opt.get("runs"),
                    opt.get("warmups"));
            Stats s = Stats.of(ChildJvm.doubles(r.get("validateMs")));
            byN.put(n, s);
            md.add(String.format(
                    Locale.ROOT,
                    "| %d | %.0f | %s | %s | %s | %s → %s |",
                    n,
                    Double.parseDouble(r.get("loadMs")),
                    s.format(0),
                    r.get("results"),
                    r.get("findings"),
                    before,
                    loadavg()));
        }
        scaling(Map.of("claimgraph full audit", byN));
    }

    // ---- incremental: one-note edits, our live audit vs ShaclSail's transactional validation ----

    private void incremental(int n, String cp) throws Exception {
        md.add("");
        md.add("One-note edits in the " + n + "-note store (" + opt.get("edits") + " edits × " + opt.get("rounds")
                + " rounds; order of child JVMs: " + opt.get("incremental-order") + "):");
        md.add("");
        md.add("| engine | what is timed | median ms | p90 ms | max ms | n | load avg before → after |");
        md.add("| --- | --- | ---: | ---: | ---: | ---: | --- |");
        for (String who : opt.get("incremental-order").split(",")) {
            String before = loadavg();
            if (who.equals("ours")) {
                for (String shapes : List.of("core", "all")) {
                    say("claimgraph live audit (" + shapes + " shapes)");
                    Map<String, String> r = ChildJvm.run(
                            log("live-" + shapes),
                            7200,
                            opt.get("xmx"),
                            cp,
                            PeerLiveChild.class.getName(),
                            String.valueOf(n),
                            opt.get("seed"),
                            opt.get("edits"),
                            opt.get("rounds"),
                            shapes);
                    String engine =
                            "claimgraph LiveAudit, " + (shapes.equals("core") ? "Core-only shapes" : "all shapes");
                    row(engine, "live step (re-validate + replace findings)", r.get("stepMs"), before);
                    row(engine, "whole write (replace graph + step, one txn)", r.get("writeMs"), before);
                    row(engine, "undo edit: live step", r.get("undostepMs"), before);
                    Files.writeString(
                            work.resolve("live-" + shapes + "-edits.txt"),
                            r.get("edit").replace(",", "\n"));
                }
            } else {
                say("RDF4J incremental");
                Map<String, String> r = ChildJvm.run(
                        log("rdf4j-incremental"),
                        7200,
                        opt.get("xmx"),
                        opt.get("rdf4j-cp"),
                        RDF4J,
                        "incremental",
                        work.resolve("live-" + n + ".nq").toString(),
                        work.resolve("shapes-core.ttl").toString(),
                        work.resolve("edits").toString(),
                        opt.get("rounds"));
                row("RDF4J ShaclSail, Core-only shapes", "commit (validates the change)", r.get("commitMs"), before);
                row(
                        "RDF4J ShaclSail, Core-only shapes",
                        "whole txn (clear graph + add + commit)",
                        r.get("txnMs"),
                        before);
                row("RDF4J ShaclSail, Core-only shapes", "empty transaction", r.get("emptyCommitMs"), before);
                Files.writeString(work.resolve("rdf4j-edits.txt"), r.get("edit").replace(",", "\n"));
            }
        }
    }

    private void row(String engine, String what, String csv, String before) throws IOException {
        double[] v = ChildJvm.doubles(csv);
        Arrays.sort(v);
        md.add(String.format(
                Locale.ROOT,
                "| %s | %s | %.1f | %.1f | %.1f | %d | %s → %s |",
                engine,
                what,
                Stats.of(v).median(),
                v[Math.max(0, (int) Math.ceil(0.9 * v.length) - 1)],
                v[v.length - 1],
                v.length,
                before,
                loadavg()));
    }

    // ---- helpers ----

    private Path log(String name) {
        return work.resolve(name + ".log");
    }

    private static String slug(String engine) {
        return engine.replaceAll(" .*", "").toLowerCase(Locale.ROOT);
    }

    private static String loadavg() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "?";
        }
    }

    private static void say(String s) {
        System.err.println("[peers " + java.time.LocalTime.now().withNano(0) + "] " + s);
    }
}
