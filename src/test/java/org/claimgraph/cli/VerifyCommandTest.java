package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.claimgraph.store.Stores;
import org.claimgraph.writeback.NoteFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code claimgraph verify}: the diff, the atomic write, the exit codes and the re-ingest. */
class VerifyCommandTest {
    private static final String NOTE = """
            # 笔记

            K3s 启动 1.2 s。

            <!-- 来源标注 -->

            > **性能数据**：K3s 启动 1.2 s
            >
            > - **验证性**：⚠️ 待验证
            > - **更新日期**：2025-11-01
            """;

    @TempDir
    Path dir;

    private Path note() throws IOException {
        Path f = dir.resolve("note.md");
        Files.writeString(f, NOTE, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r-----"));
        return f;
    }

    @Test
    void writesTheBlockPrintsTheDiffAndKeepsTheFileMode() throws IOException {
        Path f = note();
        CliRun r = CliRun.run(
                "verify", f + ":3", "--status", "verified", "--method", "https://k3s.io/bench", "--date", "2026-12-02");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("\n-> - **验证性**：⚠️ 待验证\n") && r.out().contains("\n+> - **验证性**：✅ 已验证\n"), r.out());
        String now = Files.readString(f);
        assertTrue(
                now.contains("> - **验证性**：✅ 已验证\n> - **验证方法**：<https://k3s.io/bench>\n> - **更新日期**：2026-12-02\n"), now);
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
        assertTrue(r.out().contains("sha256 " + NoteFile.sha256(Files.readAllBytes(f))), r.out());
    }

    @Test
    void dryRunWritesNothing() throws IOException {
        Path f = note();
        CliRun r = CliRun.run("verify", f + ":9", "--status", "unverifiable", "--dry-run");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("+> - **验证性**：❌ 无法验证"), r.out());
        assertEquals(NOTE, Files.readString(f));
    }

    @Test
    void wrongHashIsExit4AndPrintsTheCurrentHash() throws IOException {
        Path f = note();
        String sha = NoteFile.sha256(Files.readAllBytes(f));
        CliRun r = CliRun.run("verify", f + ":9", "--status", "verified", "--expect-sha256", "00" + sha.substring(2));
        assertEquals(4, r.exit());
        assertTrue(r.err().contains(sha), r.err());
        assertEquals(NOTE, Files.readString(f));
        assertEquals(
                0,
                CliRun.run("verify", f + ":9", "--status", "verified", "--expect-sha256", sha)
                        .exit());
    }

    @Test
    void badInputIsExit2WithTheReason() throws IOException {
        Path f = note();
        CliRun line = CliRun.run("verify", f + ":2", "--status", "verified");
        assertEquals(2, line.exit());
        assertTrue(line.err().contains("nearest claims") && line.err().contains(f + ":3: "), line.err());
        CliRun status = CliRun.run("verify", f + ":3", "--status", "done");
        assertEquals(2, status.exit());
        assertTrue(
                status.err().contains("verified, publicly-verifiable, partially-verifiable, pending, unverifiable"),
                status.err());
        CliRun method = CliRun.run("verify", f + ":3", "--status", "verified", "--method", "file:///etc/passwd");
        assertEquals(2, method.exit());
        assertTrue(method.err().contains("http(s)"), method.err());
        assertEquals(NOTE, Files.readString(f));
    }

    @Test
    void reingestsIntoTheDatabase() throws IOException {
        Path f = note();
        Path db = dir.resolve("db");
        assertEquals(
                0, CliRun.run("ingest", f.toString(), "--db", db.toString()).exit());
        assertEquals(1, pending(db));
        CliRun r = CliRun.run("verify", f + ":9", "--status", "verified", "--db", db.toString(), "--by", "alice");
        assertEquals(0, r.exit(), r.err());
        assertEquals(0, pending(db));
        assertFalse(r.err().contains("warning"), r.err());
        // the verification is a history run with --by as its agent
        CliRun h = CliRun.run("history", "--db", db.toString(), "--format", "csv");
        assertEquals(0, h.exit(), h.err());
        List<String> changed =
                h.out().lines().filter(l -> l.contains(",status-changed,")).toList();
        assertFalse(changed.isEmpty(), h.out()); // the claim (and the block's subject claim, when it has one)
        for (String l : changed) assertTrue(l.contains(",pending,verified,") && l.endsWith(",alice"), l);
    }

    private static long pending(Path db) {
        Dataset ds = Stores.tdb2Existing(db);
        try {
            return Txn.calculateRead(ds, () -> {
                try (QueryExecution qe = QueryExecution.dataset(ds).query("""
                        PREFIX cg: <https://w3id.org/claimgraph/ontology#>
                        SELECT (COUNT(*) AS ?n) WHERE { ?s cg:status ?c . ?c <http://www.w3.org/2004/02/skos/core#notation> "pending" }
                        """).build()) {
                    return qe.execSelect().next().getLiteral("n").getLong();
                }
            });
        } finally {
            ds.close();
        }
    }
}
