package org.claimgraph.history;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.system.Txn;
import org.claimgraph.corpus.CorpusGenerator;
import org.claimgraph.corpus.GitCorpus;
import org.claimgraph.rdf.CGH;
import org.claimgraph.store.ChangeStep;
import org.claimgraph.store.NoteChange;
import org.claimgraph.store.NotePipeline;
import org.claimgraph.store.Stores;
import org.claimgraph.store.WriteContext;
import org.junit.jupiter.api.Tag;

/**
 * Claim history benchmarks (not in {@code mvn verify}; a {@code main}, run by hand):
 * <ul>
 * <li>{@code import NOTES COMMITS}: a {@code gen-corpus --git-commits} repository replayed by
 *     {@link GitImport} with the history step (B), against the baseline (A): the changed notes of
 *     each commit, taken straight from the generator (no git reading), ingested one by one with
 *     {@code NotePipeline.of(ds).ingestText} (today's one-note ingest, no steps). Fresh TDB2 store
 *     per run, order A B B A, medians.</li>
 * <li>{@code memory NOTES COMMITS...}: the import once per commit count; after every commit the
 *     heap in use after a full GC (the live set), its maximum over the commits printed.</li>
 * <li>{@code asof NOTES RUNS}: NOTES small notes recorded by the history step over RUNS runs (a
 *     status flip per note per run: 4 events per note and run), then
 *     {@code queries/status-counts-as-of.rq} 3 times to warm up and 11 times timed; median.</li>
 * </ul>
 * Run: {@code mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt &&
 * java -Xmx1g -cp target/classes:target/test-classes:$(cat target/cp.txt) org.claimgraph.history.HistoryBench import 300 50}
 */
@Tag("bench")
public final class HistoryBench {
    private static final Path WORK = Path.of("target", "history-bench");

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "import" -> importVsBaseline(Integer.parseInt(args[1]), Integer.parseInt(args[2]));
            case "memory" -> {
                for (int i = 2; i < args.length; i++) memory(Integer.parseInt(args[1]), Integer.parseInt(args[i]));
            }
            case "asof" -> asOf(Integer.parseInt(args[1]), Integer.parseInt(args[2]));
            default -> throw new IllegalArgumentException("import | memory | asof");
        }
    }

    static Path repo(int notes, int commits) {
        Path repo = WORK.resolve("repo-" + notes + "x" + commits);
        if (!Files.isDirectory(repo.resolve(".git"))) {
            long t0 = System.nanoTime();
            int v = GitCorpus.write(CorpusGenerator.generate(notes, 42), commits, repo);
            System.out.printf(Locale.ROOT, "generated %s: %d note versions in %d ms%n", repo, v, ms(t0));
        }
        return repo;
    }

    static void importVsBaseline(int notes, int commits) throws IOException {
        Path repo = repo(notes, commits);
        List<Long> a = new ArrayList<>();
        List<Long> b = new ArrayList<>();
        int n = 0;
        for (char side : "ABBA".toCharArray()) {
            Path db = fresh(
                    "db-" + side + (++n)); // a new location each run: TDB2 caches a database per location in the JVM
            Dataset ds = Stores.tdb2(db);
            long t0 = System.nanoTime();
            if (side == 'A') {
                NotePipeline p = NotePipeline.of(ds);
                GitCorpus.commits(
                        CorpusGenerator.generate(notes, 42),
                        commits,
                        c -> c.changed().forEach((path, text) -> p.ingestText(path, text)));
            } else {
                GitImport.run(
                        ds,
                        new GitImport.Options(repo.toFile(), "notes", null, "bench"),
                        List.<ChangeStep>of(new HistoryRecorder()),
                        s -> {});
            }
            long t = ms(t0);
            (side == 'A' ? a : b).add(t);
            long events = side == 'B'
                    ? Txn.calculateRead(
                            ds,
                            () -> ds.asDatasetGraph()
                                    .getGraph(CGH.historyGraph)
                                    .find(null, CGH.run, null)
                                    .toList()
                                    .size())
                    : 0;
            ds.close();
            System.out.printf(Locale.ROOT, "RUN %c %d ms%s%n", side, t, side == 'B' ? " (" + events + " events)" : "");
        }
        double ma = median(a);
        double mb = median(b);
        System.out.printf(
                Locale.ROOT,
                "RESULT baseline median %.0f ms %s; import median %.0f ms %s; ratio %.2f%n",
                ma,
                a,
                mb,
                b,
                mb / ma);
    }

    static void memory(int notes, int commits) throws IOException {
        Path repo = repo(notes, commits);
        Dataset ds = Stores.tdb2(fresh("db-mem-" + commits + "-" + System.nanoTime()));
        long[] max = {0};
        ChangeStep probe = (dsg, changes, ctx) -> {
            System.gc();
            Runtime rt = Runtime.getRuntime();
            max[0] = Math.max(max[0], rt.totalMemory() - rt.freeMemory());
        };
        long t0 = System.nanoTime();
        GitImport.run(
                ds,
                new GitImport.Options(repo.toFile(), "notes", null, "bench"),
                List.of(new HistoryRecorder(), probe),
                s -> {});
        ds.close();
        System.out.printf(
                Locale.ROOT,
                "RESULT %d commits: max live heap after a commit %.1f MB (%d ms with a GC per commit)%n",
                commits,
                max[0] / 1048576.0,
                ms(t0));
    }

    /**
     * {@code notes} small notes ({@link HistoryNotes}: 4 claims each) written through the history
     * step in {@code runs} runs one day apart, the Docker claim flipping between ⚠️ 待验证 and
     * ✅ 已验证 with a method URL in every run after the first (4 events per note per run: status
     * and evidence of the claim and of its block's subject). Only the history graph is written
     * (the query reads nothing else). Then the ready query, warm.
     */
    static Dataset asOfStore(int notes, int runs) throws IOException {
        Path dir = WORK.resolve("db-asof-" + notes + "x" + runs);
        boolean reuse = Files.isDirectory(dir);
        Dataset ds = Stores.tdb2(dir);
        if (reuse && events(ds) > 0) {
            System.out.printf(Locale.ROOT, "reusing %s: %d events%n", dir, events(ds));
            return ds;
        }
        String[] text = {
            HistoryNotes.note("⚠️ 待验证", "内部测试复现", ClaimDiffTest.K3S),
            HistoryNotes.note("✅ 已验证", "<https://example.org/bench/docker-mem>", ClaimDiffTest.K3S)
        };
        List<org.apache.jena.graph.Graph[]> graphs = new ArrayList<>();
        for (int i = 0; i < notes; i++) {
            String path = String.format(Locale.ROOT, "bench/note-%05d.md", i);
            graphs.add(new org.apache.jena.graph.Graph[] {
                org.claimgraph.rdf.NoteMapper.map(org.claimgraph.extract.NoteExtractor.extract(path, text[0])),
                org.claimgraph.rdf.NoteMapper.map(org.claimgraph.extract.NoteExtractor.extract(path, text[1]))
            });
        }
        HistoryRecorder recorder = new HistoryRecorder();
        long t0 = System.nanoTime();
        for (int k = 0; k < runs; k++) {
            int run = k;
            WriteContext ctx = new WriteContext(
                    java.time.Instant.parse("2025-01-01T09:00:00Z").plus(k, java.time.temporal.ChronoUnit.DAYS),
                    "bench",
                    "bench",
                    java.util.Optional.empty());
            Txn.executeWrite(ds, () -> {
                List<NoteChange> changes = new ArrayList<>();
                for (int i = 0; i < notes; i++) {
                    String path = String.format(Locale.ROOT, "bench/note-%05d.md", i);
                    org.apache.jena.graph.Graph before =
                            run == 0 ? org.apache.jena.graph.Graph.emptyGraph : graphs.get(i)[(run - 1) % 2];
                    changes.add(new NoteChange(
                            path,
                            org.apache.jena.graph.NodeFactory.createURI(org.claimgraph.rdf.Iris.graphIri(path)),
                            before,
                            graphs.get(i)[run % 2],
                            "sha-" + run));
                }
                recorder.apply(ds.asDatasetGraph(), changes, ctx);
            });
        }
        System.out.printf(
                Locale.ROOT, "recorded %d runs x %d notes in %d ms: %d events%n", runs, notes, ms(t0), events(ds));
        return ds;
    }

    static long events(Dataset ds) {
        return Txn.calculateRead(
                ds,
                () -> ds.asDatasetGraph()
                        .getGraph(CGH.historyGraph)
                        .find(null, CGH.run, null)
                        .toList()
                        .size());
    }

    /**
     * The ready query (B, {@code cgf:statusesAsOf}: one pass over the cached timeline) against its
     * first shape (A, {@code src/test/resources/history/status-counts-as-of-scan.rq}: a DISTINCT
     * scan of the history graph and one {@code cgf:statusAsOf} call per claim), same store, same
     * day: 3 warm-ups each, then 6 rounds A B B A, one query each; medians of the 12 per side.
     */
    static void asOf(int notes, int runs) throws IOException {
        Dataset ds = asOfStore(notes, runs);
        String qa = Files.readString(Path.of("src/test/resources/history/status-counts-as-of-scan.rq"));
        String qb = Files.readString(Path.of("queries", "status-counts-as-of.rq"));
        QuerySolutionMap bind = new QuerySolutionMap();
        bind.add(
                "asOf",
                ResourceFactory.createTypedLiteral("2025-01-05", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate));
        String[] rows = new String[2];
        for (int i = 0; i < 3; i++) {
            System.out.printf(
                    Locale.ROOT,
                    "warm-up %d: A %d ms, B %d ms%n",
                    i + 1,
                    count(ds, qa, bind, rows, 0),
                    count(ds, qb, bind, rows, 1));
        }
        List<Long> a = new ArrayList<>();
        List<Long> b = new ArrayList<>();
        for (int round = 0; round < 6; round++)
            for (char side : "ABBA".toCharArray())
                (side == 'A' ? a : b).add(count(ds, side == 'A' ? qa : qb, bind, rows, side == 'A' ? 0 : 1));
        long events = events(ds);
        ds.close();
        for (int k = 0; k < 2; k++) {
            List<Long> t = k == 0 ? a : b;
            System.out.printf(
                    Locale.ROOT,
                    "RESULT %d events: %s warm median %.0f ms (min %d, max %d) over %d runs %s; rows %s%n",
                    events,
                    k == 0 ? "A scan + statusAsOf per claim" : "B statusesAsOf one pass",
                    median(t),
                    t.stream().min(Long::compare).orElse(0L),
                    t.stream().max(Long::compare).orElse(0L),
                    t.size(),
                    t,
                    rows[k]);
        }
        System.out.printf(Locale.ROOT, "RESULT ratio B/A %.3f%n", median(b) / median(a));
    }

    /** One run of a status-count query, in ms; its rows into {@code rows[slot]}. */
    static long count(Dataset ds, String q, QuerySolutionMap bind, String[] rows, int slot) {
        long s = System.nanoTime();
        rows[slot] = Txn.calculateRead(ds, () -> {
            try (QueryExecution qe =
                    QueryExecution.dataset(ds).query(q).substitution(bind).build()) {
                StringBuilder out = new StringBuilder();
                qe.execSelect()
                        .forEachRemaining(r -> out.append(r.get("status"))
                                .append('=')
                                .append(r.get("n").asLiteral().getInt())
                                .append(' '));
                return out.toString();
            }
        });
        return ms(s);
    }

    static Path fresh(String name) throws IOException {
        Path p = WORK.resolve(name);
        if (Files.exists(p)) {
            try (Stream<Path> s = Files.walk(p)) {
                for (Path f : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(f);
            }
        }
        return p;
    }

    static long ms(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    static double median(List<Long> xs) {
        List<Long> s = new ArrayList<>(xs);
        s.sort(null);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2.0;
    }
}
