package org.claimgraph.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.claimgraph.corpus.CorpusGenerator;
import org.claimgraph.corpus.ExpectedCounts;

/**
 * Runs the benchmarks and prints a Markdown report (also written to {@code WORK/results.md}).
 * <pre>
 * BenchMain [--sizes 10,100,1000] [--runs 5] [--work target/bench] [--seed 42]
 *           [--only corpus,ingest,shacl,reingest,endpoint,phases,audit]
 *           [--serve-args "serve --db {db} --port {port}"] [--measure-seconds 8] [--endpoint-rounds 2]
 * </pre>
 * Every measurement runs in its own child JVM ({@link ChildJvm#XMX}); medians of
 * {@code --runs} timed runs after warm-up, with min–max.
 */
public final class BenchMain {
    private final Map<String, String> opt = new LinkedHashMap<>();
    private final StringBuilder md = new StringBuilder();
    private Path work;
    private Path log;
    private int runs;
    private long seed;
    private List<Integer> sizes;

    public static void main(String[] args) throws Exception {
        new BenchMain().run(args);
    }

    private void run(String[] args) throws Exception {
        opt.put("sizes", "10,100,1000");
        opt.put("runs", "5");
        opt.put("runs-at-max", ""); // fewer runs for the largest size when time is short
        opt.put("loaders", "phased,basic");
        opt.put("loaders-at-max", "phased");
        // "true": at the largest size the phase breakdown pass (the same per-note path as
        // NotePipeline) is the one claimgraph ingest run, and its store is kept; saves a full ingest
        opt.put("phases-as-ingest", "false");
        opt.put("shacl-warmups", "2"); // at the largest size; more at smaller ones (warmups)
        opt.put("audit-warmups", "1");
        opt.put("work", "target/bench");
        opt.put("seed", "42");
        opt.put("only", "corpus,ingest,shacl,reingest,endpoint,phases");
        // what a user types; "--config {config}" serves a copy of fuseki-config/claimgraph.ttl naming the store
        opt.put("serve-args", "serve --db {db} --port {port}");
        opt.put("measure-seconds", "8");
        opt.put("clients", "1,8,32");
        opt.put("endpoint-rounds", "2");
        for (int i = 0; i + 1 < args.length; i += 2) opt.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        work = Path.of(opt.get("work")).toAbsolutePath();
        Files.createDirectories(work);
        log = work.resolve("children.log");
        runs = Integer.parseInt(opt.get("runs"));
        seed = Long.parseLong(opt.get("seed"));
        sizes = Arrays.stream(opt.get("sizes").split(","))
                .map(Integer::parseInt)
                .toList();
        Set<String> only = new TreeSet<>(List.of(opt.get("only").split(",")));

        header(args);
        for (int n : sizes) corpus(n);
        if (only.contains("corpus")) corpusTable();
        // each section's table is written out as soon as it is done, so a failure later keeps it
        if (only.contains("phases") && phasesAsIngest()) {
            phases();
            flush();
        }
        if (only.contains("ingest")) {
            ingest();
            flush();
        }
        if (only.contains("phases") && !phasesAsIngest()) {
            phases();
            flush();
        }
        if (only.contains("endpoint")) {
            endpoint();
            flush();
        }
        if (only.contains("reingest")) {
            reingest();
            flush();
        } // after endpoint: it edits notes in that store
        if (only.contains("shacl")) {
            shacl();
            flush();
        }
        if (only.contains("audit")) {
            audit();
            flush();
        }

        Path out = work.resolve("results.md");
        Files.writeString(out, md.toString(), StandardCharsets.UTF_8);
        System.out.println(md);
        System.out.println("(written to " + out + ")");
    }

    private void flush() throws IOException {
        Files.writeString(work.resolve("results.md"), md.toString(), StandardCharsets.UTF_8);
    }

    // ------------------------------------------------------------------ environment

    private void header(String[] args) throws IOException {
        String cpu = "?";
        for (String l : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
            if (l.startsWith("model name")) {
                cpu = l.substring(l.indexOf(':') + 1).trim();
                break;
            }
        }
        String mem = "?";
        for (String l : Files.readAllLines(Path.of("/proc/meminfo"))) {
            if (l.startsWith("MemTotal")) {
                mem = l.replaceAll("\\D+", "");
                break;
            }
        }
        md.append("### Run ").append(Instant.now().toString(), 0, 16).append("Z\n\n");
        md.append("- Machine: ")
                .append(cpu)
                .append(", ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" cores, ")
                .append(Long.parseLong(mem) / 1024 / 1024)
                .append(" GiB RAM, ")
                .append(System.getProperty("os.name"))
                .append(' ')
                .append(System.getProperty("os.version"))
                .append('\n');
        md.append("- JVM: ")
                .append(System.getProperty("java.vm.name"))
                .append(' ')
                .append(System.getProperty("java.runtime.version"))
                .append(", children ")
                .append(ChildJvm.XMX)
                .append('\n');
        md.append("- Command: `bench/run.sh ")
                .append(String.join(" ", args))
                .append("`; seed ")
                .append(seed)
                .append(", ")
                .append(runs)
                .append(" measured runs after 2 warm-up runs, median (min–max)")
                .append(opt.get("runs-at-max").isEmpty() ? "" : " (" + opt.get("runs-at-max") + " at the largest size)")
                .append("; shacl and audit warm up per size: ")
                .append(sizes.stream()
                        .map(n -> n + " notes " + warmups("shacl-warmups", n) + " / " + warmups("audit-warmups", n))
                        .collect(Collectors.joining(", ")))
                .append("\n\n");
    }

    // ------------------------------------------------------------------ corpus

    private Path corpusDir(int n) {
        return work.resolve("corpus-" + n);
    }

    private int maxSize() {
        return sizes.get(sizes.size() - 1);
    }

    private int runsFor(int n) {
        return n == maxSize() && !opt.get("runs-at-max").isEmpty() ? Integer.parseInt(opt.get("runs-at-max")) : runs;
    }

    /** The store a claimgraph ingest of the largest corpus leaves behind (endpoint and re-ingest use it). */
    private Path keptDb() {
        return work.resolve("endpoint-db-" + maxSize());
    }

    private Path notes(int n) {
        return corpusDir(n).resolve(CorpusGenerator.NOTES_DIR);
    }

    private final Map<Integer, ExpectedCounts> expected = new LinkedHashMap<>();

    private void corpus(int n) throws IOException {
        IngestChild.deleteTree(corpusDir(n));
        expected.put(n, CorpusGenerator.write(CorpusGenerator.generate(n, seed), corpusDir(n)));
    }

    private void corpusTable() {
        md.append("#### Corpus (`claimgraph gen-corpus --seed ").append(seed).append("`)\n\n");
        List<String> keys = List.of(
                ExpectedCounts.NOTES,
                ExpectedCounts.LINES,
                ExpectedCounts.SECTIONS,
                ExpectedCounts.PROVENANCE_BLOCKS,
                ExpectedCounts.STATUS_ASSERTIONS,
                ExpectedCounts.URLS,
                ExpectedCounts.LINE_REFERENCES,
                ExpectedCounts.TABLES,
                ExpectedCounts.MATURITY_OBSERVATIONS);
        md.append("| notes |");
        for (String k : keys.subList(1, keys.size())) md.append(' ').append(k).append(" |");
        md.append("\n|").append(" --- |".repeat(keys.size())).append('\n');
        for (var e : expected.entrySet()) {
            md.append("| ").append(e.getKey()).append(" |");
            for (String k : keys.subList(1, keys.size()))
                md.append(' ').append(e.getValue().get(k)).append(" |");
            md.append('\n');
        }
        md.append('\n');
    }

    // ------------------------------------------------------------------ ingest vs TDB2 loader

    private void ingest() throws Exception {
        md.append("#### Ingest into TDB2 vs Jena's TDB2 bulk loader on the same quads\n\n");
        md.append("ratio = best loader median / claimgraph median (goal ≥ 0.8). claimgraph reads the markdown; "
                + "the loaders read N-Quads exported from a claimgraph ingest of the same notes.\n\n");
        md.append(
                "*claimgraph* is a first ingest into a new database (notes streamed into the phased bulk loader while "
                        + "they are extracted); *batched* is the same notes into a database that already holds a note (64 notes "
                        + "per write transaction on a background writer, the path of every later ingest); *ratio batched* = best "
                        + "loader median / batched median.\n\n");
        md.append(
                "| notes | quads | claimgraph ms | batched ms | loader phased ms | loader basic ms | ratio | ratio batched "
                        + "| claimgraph quads/s | best loader quads/s | peak RSS claimgraph MiB | peak RSS loader MiB |\n");
        md.append("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
        Path warmNq = work.resolve("warm.nq");
        int warmSize = sizes.get(0);
        ChildJvm.run(log, 600, IngestChild.class, "export", notes(warmSize).toString(), warmNq.toString());
        for (int n : sizes) {
            Path nq = work.resolve("corpus-" + n + ".nq");
            Map<String, String> ex =
                    ChildJvm.run(log, 900, IngestChild.class, "export", notes(n).toString(), nq.toString());
            countsCheck(n, ex);
            String r = Integer.toString(runsFor(n));
            Map<String, String> cg;
            if (n == maxSize() && phasesAsIngest() && phasesTotalMs != null) {
                cg = new LinkedHashMap<>();
                cg.put("ms", Double.toString(phasesTotalMs));
                cg.put("quads", ex.get("quads"));
                cg.put("peakRssMiB", phasesRss);
                md.append("<!-- ")
                        .append(n)
                        .append(" notes: the claimgraph column is the single phase-breakdown pass -->\n");
            } else {
                if (n == maxSize()) IngestChild.deleteTree(keptDb());
                cg = ChildJvm.run(
                        log,
                        3600,
                        IngestChild.class,
                        "claimgraph",
                        notes(n).toString(),
                        notes(warmSize).toString(),
                        r,
                        work.resolve("tmp-ingest").toString(),
                        n == maxSize() ? keptDb().toString() : "");
            }
            Stats sc = Stats.of(ChildJvm.doubles(cg.get("ms")));
            Map<String, String> cgb = ChildJvm.run(
                    log,
                    3600,
                    IngestChild.class,
                    "claimgraph-batched",
                    notes(n).toString(),
                    notes(warmSize).toString(),
                    r,
                    work.resolve("tmp-ingest").toString());
            Stats sb = Stats.of(ChildJvm.doubles(cgb.get("ms")));
            if (!cgb.get("quads").equals(cg.get("quads"))) {
                md.append("<!-- quad counts differ: claimgraph ")
                        .append(cg.get("quads"))
                        .append(" batched ")
                        .append(cgb.get("quads"))
                        .append(" -->\n");
            }
            Stats best = null;
            Map<String, String> bestRes = null;
            StringBuilder loaderCols = new StringBuilder();
            for (String loader : List.of("phased", "basic")) {
                boolean use = List.of(opt.get(n == maxSize() ? "loaders-at-max" : "loaders")
                                .split(","))
                        .contains(loader);
                if (!use) {
                    loaderCols.append(" – |");
                    continue;
                }
                Map<String, String> lr = ChildJvm.run(
                        log,
                        3600,
                        IngestChild.class,
                        "loader-" + loader,
                        nq.toString(),
                        warmNq.toString(),
                        r,
                        work.resolve("tmp-load").toString());
                Stats st = Stats.of(ChildJvm.doubles(lr.get("ms")));
                loaderCols.append(' ').append(st.format(0)).append(" |");
                if (!lr.get("quads").equals(cg.get("quads"))) {
                    md.append("<!-- quad counts differ: claimgraph ")
                            .append(cg.get("quads"))
                            .append(" loader-")
                            .append(loader)
                            .append(' ')
                            .append(lr.get("quads"))
                            .append(" -->\n");
                }
                if (best == null || st.median() < best.median()) {
                    best = st;
                    bestRes = lr;
                }
            }
            long quads = Long.parseLong(cg.get("quads"));
            md.append(String.format(
                    Locale.ROOT,
                    "| %d | %d | %s | %s |%s %.2f | %.2f | %.0f | %.0f | %.0f | %.0f |%n",
                    n,
                    quads,
                    sc.format(0),
                    sb.format(0),
                    loaderCols,
                    best.median() / sc.median(),
                    best.median() / sb.median(),
                    quads / (sc.median() / 1000),
                    quads / (best.median() / 1000),
                    Double.parseDouble(cg.get("peakRssMiB")),
                    Double.parseDouble(bestRes.get("peakRssMiB"))));
        }
        md.append('\n');
        if (!countChecks.isEmpty()) {
            md.append("Expected counts (generator) vs `stats.rq` / `status-counts.rq` on the ingested corpus:\n\n");
            md.append("| notes | count | expected | graph |\n| --- | --- | --- | --- |\n");
            for (String row : countChecks) md.append(row).append('\n');
            md.append('\n');
        }
    }

    private final List<String> countChecks = new ArrayList<>();

    /** Compares stats.rq's single row and status-counts rows with the generator's counts. */
    private void countsCheck(int n, Map<String, String> ex) {
        ExpectedCounts c = expected.get(n);
        String stats = ex.get("query.stats");
        if (stats != null) {
            for (String kv : stats.split(";")) {
                String[] p = kv.split("=", 2);
                Map<String, Long> all = c.asMap();
                if (all.containsKey(p[0])) {
                    countChecks.add("| " + n + " | " + p[0] + " | " + all.get(p[0]) + " | " + p[1]
                            + (String.valueOf(all.get(p[0])).equals(p[1]) ? " ✓" : " ✗") + " |");
                }
            }
        }
        String sc = ex.get("query.status-counts");
        if (sc != null) {
            for (String row : sc.split(",")) {
                String status = null;
                String count = null;
                for (String kv : row.split(";")) {
                    String[] p = kv.split("=", 2);
                    if (p.length < 2) continue;
                    String v = p[1];
                    for (String s : List.of(
                            "verified", "publicly-verifiable", "partially-verifiable", "pending", "unverifiable")) {
                        if (v.equals(s) || v.endsWith("#" + toCamel(s)) || v.endsWith("#" + s)) status = s;
                    }
                    if (v.matches("\\d+")) count = v;
                }
                if (status != null && count != null) {
                    long exp = c.get(ExpectedCounts.STATUS_PREFIX + status);
                    countChecks.add("| " + n + " | status " + status + " | " + exp + " | " + count
                            + (Long.toString(exp).equals(count) ? " ✓" : " ✗") + " |");
                }
            }
        }
    }

    private static String toCamel(String notation) {
        StringBuilder sb = new StringBuilder();
        for (String part : notation.split("-"))
            sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        return sb.toString();
    }

    // ------------------------------------------------------------------ SHACL

    /**
     * Untimed rounds before size {@code n} is timed: the option's count ({@code --shacl-warmups},
     * {@code --audit-warmups}) at the largest size and proportionally more at smaller ones ({@code × maxSize
     * / n}, at least 2, at most 50), so that each size is timed after about the same validation work. With a
     * fixed count the smaller sizes were timed while the JIT still compiled (SHACL, 100 notes after 2 rounds:
     * 530–1 237 ms in one run, 206–461 ms after 10 in another): their medians, and the per-10× ratio against
     * them, moved 3× between runs of the same code.
     */
    private int warmups(String option, int n) {
        int atMax = Integer.parseInt(opt.get(option));
        if (n == maxSize()) return atMax;
        return Math.min(50, Math.max(2, (int) Math.ceil((double) atMax * maxSize() / n)));
    }

    private void shacl() throws Exception {
        md.append(
                "#### SHACL validation (what `claimgraph validate` runs: `validate.DataGraph` + `Validation`, audit date fixed)\n\n");
        md.append(
                "| notes | triples | Core-only ms | all shapes (Core + SPARQL) ms | SPARQL cost × | scaling per 10× (all) |\n");
        md.append("| --- | --- | --- | --- | --- | --- |\n");
        Double prev = null;
        int prevN = 0;
        for (int n : sizes) {
            Path nq = work.resolve("corpus-" + n + ".nq"); // written by the ingest step when it ran
            Map<String, String> r = ChildJvm.run(
                    log,
                    3600,
                    ShaclChild.class,
                    Files.exists(nq) ? nq.toString() : notes(n).toString(),
                    "shapes",
                    Integer.toString(runsFor(n)),
                    Integer.toString(warmups("shacl-warmups", n)));
            Stats core = Stats.of(ChildJvm.doubles(r.get("coreMs")));
            Stats full = Stats.of(ChildJvm.doubles(r.get("fullMs")));
            String scaling = "–";
            if (prev != null && n == prevN * 10) scaling = String.format(Locale.ROOT, "%.1f×", full.median() / prev);
            md.append(String.format(
                    Locale.ROOT,
                    "| %d | %s | %s | %s | %.2f | %s |%n",
                    n,
                    r.get("triples"),
                    core.format(1),
                    full.format(1),
                    full.median() / core.median(),
                    scaling));
            prev = full.median();
            prevN = n;
            if (n == sizes.get(sizes.size() - 1)) {
                md.append("\nShapes: ")
                        .append(r.get("shapes"))
                        .append(", sh:sparql constraints: ")
                        .append(r.get("sparqlConstraints"))
                        .append(", results at ")
                        .append(n)
                        .append(" notes: Core ")
                        .append(r.get("coreResults"))
                        .append(", all ")
                        .append(r.get("fullResults"))
                        .append(".\n");
            }
        }
        md.append('\n');
    }

    // ------------------------------------------------------------------ audit

    /**
     * {@code claimgraph audit --db} end to end ({@link AuditChild}) on a store ingested from the generated
     * corpus ({@code WORK/audit-db-N}, made once with {@code claimgraph ingest}), in a child with the heap
     * {@code java -jar} gets by default (a quarter of the memory), as the README's command runs.
     */
    private void audit() throws Exception {
        md.append(
                "#### `claimgraph audit --db` end to end (AuditChild: whole command, its timing line, validation alone over the whole graph and note by note, W P P W)\n\n");
        md.append(
                "| notes | triples | audit command ms | timing line ms | data graph ms | Core-only alone ms | all shapes alone, whole graph ms | all shapes alone, note by note ms | findings |\n");
        md.append("| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
        Map<Integer, Map<String, String>> bySize = new java.util.LinkedHashMap<>();
        for (int n : sizes) {
            Path db = work.resolve("audit-db-" + n);
            if (!Files.isDirectory(db)) {
                Process p = new ProcessBuilder(
                                Path.of(System.getProperty("java.home"), "bin", "java")
                                        .toString(),
                                "-Dfile.encoding=UTF-8",
                                "-cp",
                                System.getProperty("java.class.path"),
                                org.claimgraph.cli.Main.class.getName(),
                                "ingest",
                                "--db",
                                db.toString(),
                                notes(n).toString())
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                        .start();
                if (p.waitFor() != 0) throw new IllegalStateException("ingest of " + n + " notes failed; see " + log);
            }
            Map<String, String> r = ChildJvm.run(
                    log,
                    3600,
                    "-XX:MaxRAMPercentage=25",
                    System.getProperty("java.class.path"),
                    AuditChild.class.getName(),
                    db.toString(),
                    Integer.toString(runsFor(n)),
                    Integer.toString(warmups("audit-warmups", n)),
                    "full,alone");
            md.append(String.format(
                    Locale.ROOT,
                    "| %d | %s | %s | %s | %s | %s | %s | %s | %s |%n",
                    n,
                    last(r.get("triples")),
                    Stats.of(ChildJvm.doubles(r.get("fullWallMs"))).format(1),
                    Stats.of(ChildJvm.doubles(r.get("fullTimingMs"))).format(1),
                    Stats.of(ChildJvm.doubles(r.get("dataGraphMs"))).format(1),
                    Stats.of(ChildJvm.doubles(r.get("coreAloneMs"))).format(1),
                    Stats.of(ChildJvm.doubles(r.get("fullAloneMs"))).format(1),
                    Stats.of(ChildJvm.doubles(r.get("partsAloneMs"))).format(1),
                    last(r.get("fullFindings"))));
            bySize.put(n, r);
        }
        auditGrowth(bySize);
        md.append('\n');
    }

    /** The per-10× row of the audit table: each column's median at a size over its median at a tenth of it. */
    private void auditGrowth(Map<Integer, Map<String, String>> bySize) {
        for (int n : bySize.keySet()) {
            Map<String, String> small = bySize.get(n / 10), big = bySize.get(n);
            if (n % 10 != 0 || small == null) continue;
            StringBuilder row = new StringBuilder("| per 10× (" + n / 10 + " → " + n + ") | |");
            for (String k : List.of(
                    "fullWallMs", "fullTimingMs", "dataGraphMs", "coreAloneMs", "fullAloneMs", "partsAloneMs")) {
                double ratio = Stats.of(ChildJvm.doubles(big.get(k))).median()
                        / Stats.of(ChildJvm.doubles(small.get(k))).median();
                row.append(String.format(Locale.ROOT, " %.1f× |", ratio));
            }
            md.append(row).append(" |\n");
        }
    }

    private static String last(String csv) {
        return csv == null ? "?" : csv.substring(csv.lastIndexOf(',') + 1);
    }

    // ------------------------------------------------------------------ re-ingest

    private void reingest() throws Exception {
        int n = maxSize();
        List<String> a = new ArrayList<>(List.of(
                Integer.toString(n),
                Long.toString(seed),
                Integer.toString(Math.max(runs, 10)),
                work.resolve("tmp-reingest").toString()));
        if (Files.isDirectory(keptDb())) a.add(keptDb().toString());
        Map<String, String> r = ChildJvm.run(log, 3600, ReingestChild.class, a.toArray(String[]::new));
        Stats s = Stats.of(ChildJvm.doubles(r.get("ms")));
        md.append("#### Incremental re-ingest of one edited note in a ")
                .append(n)
                .append("-note TDB2 store\n\n");
        md.append(String.format(
                Locale.ROOT,
                "%s ms per note (median, min–max of %d different notes and edits; goal ≤ 1000 ms); "
                        + "store holds %s quads; peak RSS %.0f MiB.%n%n",
                s.format(1),
                s.n(),
                r.get("quads"),
                Double.parseDouble(r.get("peakRssMiB"))));
    }

    // ------------------------------------------------------------------ phases

    private boolean phasesAsIngest() {
        return Boolean.parseBoolean(opt.get("phases-as-ingest"));
    }

    /** The phase pass's total at the largest size when it stands in for the claimgraph ingest runs. */
    private Double phasesTotalMs;

    private String phasesRss = "-1";

    private void phases() throws Exception {
        int n = maxSize();
        List<String> a = new ArrayList<>(
                List.of(notes(n).toString(), work.resolve("tmp-phases").toString()));
        if (phasesAsIngest()) {
            IngestChild.deleteTree(keptDb());
            a.add(keptDb().toString());
        }
        Map<String, String> r = ChildJvm.run(log, 3600, PhaseChild.class, a.toArray(String[]::new));
        phasesRss = r.getOrDefault("peakRssMiB", "-1");
        phasesTotalMs = Double.parseDouble(r.get("readMs"))
                + Double.parseDouble(r.get("extractMs"))
                + Double.parseDouble(r.get("mapMs"))
                + Double.parseDouble(r.get("writeMs"));
        double read = Double.parseDouble(r.get("readMs"));
        double parse = Double.parseDouble(r.get("parseMs"));
        double extract = Double.parseDouble(r.get("extractMs"));
        double map = Double.parseDouble(r.get("mapMs"));
        double write = Double.parseDouble(r.get("writeMs"));
        double oneTxn = Double.parseDouble(r.get("writeOneTxnMs"));
        double total = read + extract + map + write;
        md.append("#### Where the time goes at ")
                .append(n)
                .append(" notes (one pass, after a 100-note warm-up; ")
                .append(r.get("quads"))
                .append(" quads)\n\n");
        md.append("| phase | ms | share |\n| --- | --- | --- |\n");
        md.append(String.format(
                Locale.ROOT,
                "| read (NoteFiles.read: bytes, UTF-8 check) | %.0f | %.0f%% |%n",
                read,
                100 * read / total));
        md.append(String.format(
                Locale.ROOT,
                "| parse (commonmark + GFM tables; inside extract) | %.0f | %.0f%% |%n",
                parse,
                100 * parse / total));
        md.append(String.format(
                Locale.ROOT,
                "| extract without parse (NoteExtractor) | %.0f | %.0f%% |%n",
                Math.max(0, extract - parse),
                100 * Math.max(0, extract - parse) / total));
        md.append(String.format(Locale.ROOT, "| map (NoteMapper.map) | %.0f | %.0f%% |%n", map, 100 * map / total));
        md.append(String.format(
                Locale.ROOT,
                "| write (TDB2, one transaction per note) | %.0f | %.0f%% |%n",
                write,
                100 * write / total));
        md.append(String.format(Locale.ROOT, "| **total** | %.0f | 100%% |%n", total));
        md.append(String.format(
                Locale.ROOT, "| *for comparison:* write of the same graphs in one transaction | %.0f | |%n%n", oneTxn));
    }

    // ------------------------------------------------------------------ endpoint

    private void endpoint() throws Exception {
        int n = maxSize();
        Path db = keptDb();
        if (!Files.isDirectory(db)) {
            ChildJvm.run(log, 3600, IngestChild.class, "build", notes(n).toString(), db.toString());
        }
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("status-counts.rq", Files.readString(Path.of("queries", "status-counts.rq")));
        Path risk = Path.of("queries", "risk-by-layer.rq");
        queries.put(
                Files.exists(risk) ? "risk-by-layer.rq (cgf:risk)" : "cgf:risk inline",
                Files.exists(risk) ? Files.readString(risk) : INLINE_RISK);
        List<Integer> clients = Arrays.stream(opt.get("clients").split(","))
                .map(Integer::parseInt)
                .toList();
        Duration measure = Duration.ofSeconds(Long.parseLong(opt.get("measure-seconds")));

        // ABBA order (ours, stock, stock, ours, …): whichever server runs second finds the store's
        // files in the page cache and the JIT of the load generator warm; alternating cancels that
        int rounds = Integer.parseInt(opt.get("endpoint-rounds"));
        Map<String, List<LoadGen.Result>> oursAll = new LinkedHashMap<>();
        Map<String, List<LoadGen.Result>> stockAll = new LinkedHashMap<>();
        List<double[]> oursStarts = new ArrayList<>();
        List<double[]> stockStarts = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            for (boolean claimgraph : round % 2 == 0 ? List.of(true, false) : List.of(false, true)) {
                Map<String, LoadGen.Result> cells = new LinkedHashMap<>();
                double[] start = serve(claimgraph, db, queries, clients, measure, cells);
                (claimgraph ? oursStarts : stockStarts).add(start);
                Map<String, List<LoadGen.Result>> all = claimgraph ? oursAll : stockAll;
                cells.forEach(
                        (k, v) -> all.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
            }
        }
        Map<String, LoadGen.Result> ours = new LinkedHashMap<>();
        Map<String, LoadGen.Result> stock = new LinkedHashMap<>();
        oursAll.forEach((k, v) -> ours.put(k, medianOf(v)));
        stockAll.forEach((k, v) -> stock.put(k, medianOf(v)));
        double[] oursStart = medianOf3(oursStarts);
        double[] stockStart = medianOf3(stockStarts);

        md.append("#### Endpoint throughput, ")
                .append(n)
                .append("-note TDB2 store, loopback, closed-loop clients (")
                .append(measure.toSeconds())
                .append(" s measured after 3 s warm-up per cell)\n\n");
        md.append("ratio = claimgraph QPS / stock Fuseki QPS (goal ≥ 0.9).");
        for (String key : queries.keySet()) {
            String a = answers.get("ours:" + key);
            String b = answers.get("stock:" + key);
            boolean same = a != null && a.equals(b);
            md.append(" `")
                    .append(key)
                    .append("`: ")
                    .append(same ? "identical answers" : "**answers differ**")
                    .append(" from both servers (")
                    .append(a == null ? 0 : a.length())
                    .append(" bytes, HTTP ")
                    .append(a == null ? "?" : a.substring(0, 3))
                    .append(").");
        }
        md.append(" Medians of ")
                .append(rounds)
                .append(" rounds per server, run in ABBA order (ours, stock, stock, ours …).");
        md.append("\n\n");
        md.append(
                "| query | clients | claimgraph QPS | p50 ms | p99 ms | stock QPS | p50 ms | p99 ms | ratio | errors (ours/stock) |\n");
        md.append("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
        for (String key : ours.keySet()) {
            LoadGen.Result a = ours.get(key);
            LoadGen.Result b = stock.get(key);
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %.0f | %.1f | %.1f | %.0f | %.1f | %.1f | %.2f | %d/%d |%n",
                    key.substring(0, key.lastIndexOf('@')),
                    a.clients(),
                    a.qps(),
                    a.p50ms(),
                    a.p99ms(),
                    b.qps(),
                    b.p50ms(),
                    b.p99ms(),
                    a.qps() / Math.max(1e-9, b.qps()),
                    a.errors(),
                    b.errors()));
            if (a.firstError() != null)
                md.append("<!-- ours: ").append(a.firstError()).append(" -->\n");
            if (b.firstError() != null)
                md.append("<!-- stock: ").append(b.firstError()).append(" -->\n");
        }
        md.append("\n#### Server start-up with the ")
                .append(n)
                .append("-note store (median of ")
                .append(rounds)
                .append(" starts each)\n\n");
        md.append("| server | start → first 200 on /$/ping, ms | RSS after start MiB | peak RSS after load MiB |\n");
        md.append("| --- | --- | --- | --- |\n");
        md.append(String.format(
                Locale.ROOT, "| claimgraph serve | %.0f | %.0f | %.0f |%n", oursStart[0], oursStart[1], oursStart[2]));
        md.append(String.format(
                Locale.ROOT,
                "| stock FusekiServer | %.0f | %.0f | %.0f |%n%n",
                stockStart[0],
                stockStart[1],
                stockStart[2]));
    }

    /** Per-field medians of the rounds of one cell (QPS, p50, p99); errors are added up. */
    private static LoadGen.Result medianOf(List<LoadGen.Result> rounds) {
        double[] qps = rounds.stream().mapToDouble(LoadGen.Result::qps).toArray();
        double[] p50 = rounds.stream().mapToDouble(LoadGen.Result::p50ms).toArray();
        double[] p99 = rounds.stream().mapToDouble(LoadGen.Result::p99ms).toArray();
        LoadGen.Result first = rounds.get(0);
        String firstError = rounds.stream()
                .map(LoadGen.Result::firstError)
                .filter(e -> e != null)
                .findFirst()
                .orElse(null);
        return new LoadGen.Result(
                first.clients(),
                rounds.stream().mapToLong(LoadGen.Result::requests).sum(),
                rounds.stream().mapToLong(LoadGen.Result::errors).sum(),
                rounds.stream().mapToDouble(LoadGen.Result::seconds).sum(),
                Stats.of(qps).median(),
                Stats.of(p50).median(),
                Stats.of(p99).median(),
                firstError);
    }

    /** Element-wise medians of {start ms, RSS, peak RSS} triples. */
    private static double[] medianOf3(List<double[]> values) {
        double[] out = new double[3];
        for (int i = 0; i < 3; i++) {
            int k = i;
            out[i] = Stats.of(values.stream().mapToDouble(v -> v[k]).toArray()).median();
        }
        return out;
    }

    /** First answer of each server to each query ("ours:KEY" / "stock:KEY" → "STATUS BODY"). */
    private final Map<String, String> answers = new LinkedHashMap<>();

    static final String INLINE_RISK = """
            PREFIX cgf: <https://w3id.org/claimgraph/fn#>
            SELECT ?layer ?element ?scenario ?risk WHERE {
              VALUES ?layer { "K8s" "K3s" "WasmEdge" }
              VALUES ?element { "镜像" "容器" "配额" "运行时变换" }
              VALUES ?scenario { "本地" "CI" "生产" "边缘" "Serverless" "多租户" }
              BIND(cgf:risk(?layer, ?element, ?scenario) AS ?risk)
            }
            """;

    /** Starts one server, measures start-up and RSS, runs every query × clients cell; returns {startMs, rss, hwm}. */
    private double[] serve(
            boolean claimgraph,
            Path db,
            Map<String, String> queries,
            List<Integer> clients,
            Duration measure,
            Map<String, LoadGen.Result> out)
            throws Exception {
        int port = freePort();
        Process p;
        long t0 = System.nanoTime();
        if (claimgraph) {
            List<String> a = new ArrayList<>();
            Path config = work.resolve("bench-fuseki.ttl");
            Files.writeString(
                    config,
                    Files.readString(Path.of("fuseki-config", "claimgraph.ttl"))
                            .replace("tdb2:location \"claimgraph-db\"", "tdb2:location \"" + db.toAbsolutePath() + "\"")
                            .replace(
                                    "fuseki:passwd \"claimgraph-db.passwd\"",
                                    "fuseki:passwd \"" + work.resolve("bench.passwd") + "\""));
            for (String s : opt.get("serve-args").split(" ")) {
                a.add(s.replace("{db}", db.toString())
                        .replace("{port}", Integer.toString(port))
                        .replace("{config}", config.toString()));
            }
            p = ChildJvm.start(log, org.claimgraph.cli.Main.class, a.toArray(String[]::new));
        } else {
            p = ChildJvm.start(log, StockFuseki.class, db.toString(), Integer.toString(port));
        }
        Thread drain = new Thread(
                () -> { // the child never blocks on a full stdout pipe
                    try {
                        p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
                    } catch (IOException ignored) {
                    }
                },
                "server-stdout");
        drain.setDaemon(true);
        drain.start();
        try {
            String base = "http://127.0.0.1:" + port;
            waitForPing(base, p, Duration.ofSeconds(120));
            double startMs = (System.nanoTime() - t0) / 1e6;
            Thread.sleep(1000);
            double rss = Proc.rssMiB(p.pid());
            HttpClient http =
                    HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            for (var q : queries.entrySet()) {
                HttpResponse<String> first = http.send(
                        HttpRequest.newBuilder(URI.create(base + "/kg/sparql?query="
                                        + java.net.URLEncoder.encode(q.getValue(), StandardCharsets.UTF_8)))
                                .header("Accept", "application/sparql-results+json")
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                answers.put((claimgraph ? "ours:" : "stock:") + q.getKey(), first.statusCode() + " " + first.body());
            }
            for (var q : queries.entrySet()) {
                for (int c : clients) {
                    out.put(
                            q.getKey() + "@" + c,
                            LoadGen.run(
                                    base + "/kg/sparql", q.getValue(), c, Duration.ofSeconds(3), measure, 2_000_000));
                }
            }
            return new double[] {startMs, rss, Proc.peakRssMiB(p.pid())};
        } finally {
            p.destroy();
            if (!p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS))
                p.destroyForcibly().waitFor();
        }
    }

    private static void waitForPing(String base, Process p, Duration timeout) throws Exception {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (!p.isAlive())
                throw new IllegalStateException("server exited with " + p.exitValue() + "; see children.log");
            try {
                HttpResponse<Void> r = http.send(
                        HttpRequest.newBuilder(URI.create(base + "/$/ping"))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) return;
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("server did not answer /$/ping within " + timeout);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
