package org.claimgraph.cli;

import static org.claimgraph.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.claimgraph.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The one exit-code policy ({@link ExitCodes}) on the real command line, in-process. */
class ExitCodesTest {

    @Test
    void anOptionLikeTokenAfterAMultiValueOptionIsAnUnknownOptionNotAPath(@TempDir Path tmp) {
        CliRun r = run(
                "export",
                "graphml",
                "--docs",
                "examples",
                "--no-such-option",
                "x",
                "--out",
                tmp.resolve("g.graphml").toString());
        assertEquals(ExitCodes.USAGE, r.exit(), r.err());
        assertTrue(r.err().startsWith("error: Unknown option: '--no-such-option'"), r.err());
        assertFalse(r.err().contains("no such file"), r.err());
        assertFalse(Files.exists(tmp.resolve("g.graphml")));
    }

    @Test
    void gexfVersionIsAnOptionNotAPath(@TempDir Path tmp) throws IOException {
        Path f = tmp.resolve("g.gexf");
        CliRun r = run("export", "gexf", "--docs", "examples", "--gexf-version", "1.2draft", "--out", f.toString());
        assertEquals(ExitCodes.OK, r.exit(), r.err());
        assertFalse(r.err().contains("no such file"), r.err());
        assertTrue(Files.readString(f).contains("xmlns=\"http://www.gexf.net/1.2draft\""));
        CliRun bad = run("export", "gexf", "--docs", "examples", "--gexf-version", "2.0", "--out", f.toString());
        assertEquals(ExitCodes.USAGE, bad.exit(), bad.err());
        assertTrue(
                bad.err().startsWith("error: ") && bad.err().contains("GEXF version must be 1.3 or 1.2draft: 2.0"),
                bad.err());
        assertFalse(bad.err().contains("warning:"), "rejected before any note is read: " + bad.err());
    }

    @Test
    void aNamedPathThatDoesNotExistIsAnInputErrorTheRestIsUsed() {
        CliRun r = run(
                "query",
                "-e",
                "SELECT (COUNT(*) AS ?notes) { ?n a cg:Note }",
                "--docs",
                "examples",
                "no/such/notes",
                "--format",
                "csv");
        assertEquals(ExitCodes.PARTIAL, r.exit(), r.err());
        assertTrue(r.err().contains("error: no/such/notes: no such file or folder"), r.err());
        assertTrue(r.out().contains("2"), r.out()); // the two example notes were still read
    }

    @Test
    void nothingReadIsExitThree() {
        CliRun r = run("query", "-e", "ASK {}", "--docs", "no/such/a", "no/such/b");
        assertEquals(ExitCodes.FAILED, r.exit(), r.err());
        assertTrue(r.err().contains("error: no note could be ingested"), r.err());
        CliRun q = run("query", "no/such/query.rq", "--docs", "examples");
        assertEquals(ExitCodes.FAILED, q.exit(), q.err());
        assertTrue(q.err().startsWith("error: no such query file: no/such/query.rq"), q.err());
    }

    @Test
    void everyCommandEndsWithTheOnePrefix(@TempDir Path tmp) throws IOException {
        Path notADb = Files.createDirectories(tmp.resolve("empty"));
        List<CliRun> runs = List.of(
                run("validate", "--docs", "examples", "--shapes", "no/such/dir"),
                run("audit", "--db", notADb.toString()),
                run(
                        "export",
                        "neo4j",
                        "--db",
                        notADb.toString(),
                        "--out",
                        tmp.resolve("n").toString()),
                run("query", "-e", "SELECT {", "--docs", "examples"),
                run("gen-corpus", "--notes", "-1", "--out", tmp.resolve("c").toString()),
                run("serve", "--docs", "no/such/notes", "--port", "0"));
        int[] codes = {
            ExitCodes.USAGE, ExitCodes.FAILED, ExitCodes.FAILED, ExitCodes.USAGE, ExitCodes.USAGE, ExitCodes.FAILED
        };
        for (int i = 0; i < runs.size(); i++) {
            assertEquals(codes[i], runs.get(i).exit(), runs.get(i).err());
            assertTrue(
                    runs.get(i).err().startsWith(ExitCodes.PREFIX), runs.get(i).err());
            assertFalse(
                    runs.get(i).err().contains("\tat "),
                    "no stack trace for an expected error: " + runs.get(i).err());
        }
    }

    @Test
    void theMapperMapsTheTypedExceptions() {
        ExitCodes m = new ExitCodes();
        assertEquals(ExitCodes.USAGE, m.getExitCode(new UsageException("u")));
        assertEquals(
                ExitCodes.USAGE, m.getExitCode(new CommandLine.ParameterException(new CommandLine(new Main()), "p")));
        assertEquals(ExitCodes.FAILED, m.getExitCode(new InputException("i")));
        assertEquals(ExitCodes.FAILED, m.getExitCode(new StoreException("s")));
        assertEquals(ExitCodes.FAILED, m.getExitCode(new IllegalStateException("a bug")));
    }

    @Test
    void openedClosesItsDatasetAlsoOnAnException() {
        AtomicBoolean closed = new AtomicBoolean();
        DatasetGraphWrapper dsg = new DatasetGraphWrapper(DatasetGraphFactory.create()) {
            @Override
            public void close() {
                closed.set(true);
                super.close();
            }
        };
        assertThrows(IllegalStateException.class, () -> {
            try (Opened opened = new Opened(DatasetFactory.wrap(dsg))) {
                throw new IllegalStateException("the command failed");
            }
        });
        assertTrue(closed.get());
    }

    /** Every dataset a command opens is opened in a try-with-resources ({@link Opened}). */
    @Test
    void everyDatasetACommandOpensIsClosedByTryWithResources() throws IOException {
        Pattern opening = Pattern.compile("(source\\.open\\(|Stores\\.(tdb2|tdb2Existing|inMemory)\\()");
        List<String> bare = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/java/org/claimgraph/cli"))) {
            for (Path f :
                    files.filter(p -> p.toString().endsWith("Command.java")).toList()) {
                List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = opening.matcher(lines.get(i));
                    if (m.find() && !lines.get(i).contains("try (Opened "))
                        bare.add(f.getFileName() + ":" + (i + 1) + ": "
                                + lines.get(i).strip());
                }
            }
        }
        assertEquals(List.of(), bare);
    }
}
