package org.claimgraph.history;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;

/** Git repositories for the history tests, built with JGit at fixed dates. */
public final class TestRepos {
    private TestRepos() {}

    public static final String NOTE = "notes/deploy.md";
    public static final Instant D1 = Instant.parse("2025-01-10T09:00:00Z");
    public static final Instant D2 = Instant.parse("2025-03-02T10:00:00Z");
    public static final Instant D3 = Instant.parse("2025-04-15T10:00:00Z");
    public static final String DOCKER = "Docker 空闲内存约 100 MB，适合边缘节点。";
    public static final String K3S = "某公司在生产中使用 K3s 管理 300 个边缘节点。";

    /** Commit 1 (D1): a ⚠️ 待验证 claim; 2 (D2): it is ✅ 已验证 with a method URL; 3 (D3): the other claim is removed. */
    public static Path threeCommits(Path dir) throws Exception {
        try (Git git =
                Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
            commit(git, dir, HistoryNotes.note("⚠️ 待验证", "内部测试复现", K3S), D1, "pending claim");
            Files.writeString(dir.resolve("README.txt.bak"), "not a note", StandardCharsets.UTF_8);
            commit(git, dir, HistoryNotes.note("✅ 已验证", "<https://example.org/bench/docker-mem>", K3S), D2, "verified");
            commit(
                    git,
                    dir,
                    HistoryNotes.note("✅ 已验证", "<https://example.org/bench/docker-mem>", null),
                    D3,
                    "case removed");
        }
        return dir;
    }

    public static void commit(Git git, Path dir, String text, Instant when, String message) throws Exception {
        Files.createDirectories(dir.resolve(NOTE).getParent());
        Files.writeString(dir.resolve(NOTE), text, StandardCharsets.UTF_8);
        git.add().addFilepattern(".").call();
        PersonIdent who = new PersonIdent("Alice Auditor", "alice@example.org", when, ZoneOffset.UTC);
        git.commit().setMessage(message).setAuthor(who).setCommitter(who).call();
    }
}
