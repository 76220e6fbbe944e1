package org.claimgraph.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.claimgraph.extract.VerificationStatus;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;

/**
 * A generated corpus with a git history ({@code gen-corpus --git-commits N}): commit 1 adds the
 * corpus as {@link CorpusGenerator} writes it; each later commit edits a tenth of the notes (at
 * least one), each edit one or two of: a status phrase changed to another status (status-changed
 * events), a block's update date moved to the commit's day (evidence-changed), a digit of a prose
 * line changed (a reworded claim: revised). Everything depends only on the seed: commit {@code k}
 * is at {@link #START} + {@code k - 1} days, 09:00 UTC, by one of three authors in turn, so the
 * same arguments give the same commit ids.
 */
public final class GitCorpus {
    /** The time of commit 1. */
    public static final Instant START = Instant.parse("2025-01-01T09:00:00Z");

    private static final String[] AUTHORS = {"Alice Auditor", "Bob Builder", "Carol Checker"};
    /** A canonical status phrase (emoji, optional space, keyword), the emoji with or without U+FE0F. */
    private static final Pattern STATUS = Pattern.compile("("
            + alternatives(Arrays.stream(VerificationStatus.values()).flatMap(s -> Stream.of(s.emoji(), s.bareEmoji())))
            + ") ?("
            + alternatives(Arrays.stream(VerificationStatus.values()).map(VerificationStatus::zh))
            + ")");

    private static final Pattern DATE = Pattern.compile("(更新日期\\**[：:]\\**\\s*)(\\d{4}-\\d{2}-\\d{2})");

    private GitCorpus() {}

    private static String alternatives(Stream<String> words) {
        return words.distinct().map(Pattern::quote).collect(Collectors.joining("|"));
    }

    /** One commit: its number (1-based), time, author, and the notes it writes (path relative to {@code notes/} → text). */
    public record Commit(int number, Instant time, String author, String email, Map<String, String> changed) {}

    /**
     * The commits, oldest first, handed to {@code each} one at a time (only the current text of
     * every note is kept between commits).
     */
    public static void commits(CorpusGenerator.Corpus corpus, int commits, Consumer<Commit> each) {
        Map<String, String> current = new TreeMap<>();
        for (CorpusGenerator.GeneratedNote n : corpus.notes()) current.put(n.path(), n.text());
        each.accept(commit(1, new LinkedHashMap<>(current)));
        List<String> paths = new ArrayList<>(current.keySet());
        int perCommit = Math.max(1, paths.size() / 10);
        for (int k = 2; k <= commits && !paths.isEmpty(); k++) {
            SplittableRandom r = new SplittableRandom(corpus.seed() * 31 + k);
            Map<String, String> changed = new LinkedHashMap<>();
            LocalDate day = LocalDate.ofInstant(time(k), ZoneOffset.UTC);
            for (int e = 0; e < perCommit; e++) {
                String p = paths.get(r.nextInt(paths.size()));
                String edited = edit(current.get(p), r, day);
                current.put(p, edited);
                changed.put(p, edited);
            }
            each.accept(commit(k, changed));
        }
    }

    private static Commit commit(int k, Map<String, String> changed) {
        String author = AUTHORS[(k - 1) % AUTHORS.length];
        return new Commit(
                k,
                time(k),
                author,
                author.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "@example.org",
                changed);
    }

    private static Instant time(int k) {
        return START.plus(k - 1L, ChronoUnit.DAYS);
    }

    /** One or two edits of a note's text: status, evidence date, claim wording. */
    static String edit(String text, SplittableRandom r, LocalDate day) {
        int kinds = 1 + r.nextInt(2);
        String out = text;
        for (int i = 0; i < kinds; i++) {
            out = switch (r.nextInt(3)) {
                case 0 -> changeStatus(out, r);
                case 1 -> changeDate(out, r, day);
                default -> reword(out, r);
            };
        }
        return out.equals(text) ? changeDate(text, r, day) + (text.endsWith("\n") ? "" : "\n") : out;
    }

    private static String changeStatus(String text, SplittableRandom r) {
        List<int[]> at = matches(STATUS.matcher(text));
        if (at.isEmpty()) return text;
        int[] m = at.get(r.nextInt(at.size()));
        VerificationStatus[] all = VerificationStatus.values();
        String old = text.substring(m[0], m[1]);
        String repl = all[r.nextInt(all.length)].phrase();
        if (repl.equals(old))
            repl = all[(java.util.Arrays.asList(all).indexOf(VerificationStatus.PENDING) + 1) % all.length].phrase();
        return text.substring(0, m[0]) + repl + text.substring(m[1]);
    }

    private static String changeDate(String text, SplittableRandom r, LocalDate day) {
        Matcher dm = DATE.matcher(text);
        List<int[]> at = new ArrayList<>();
        while (dm.find()) at.add(new int[] {dm.start(2), dm.end(2)});
        if (at.isEmpty()) return text;
        int[] m = at.get(r.nextInt(at.size()));
        return text.substring(0, m[0]) + day + text.substring(m[1]);
    }

    /** Changes one digit of a prose line (not a heading, table, quote, comment or block line). */
    private static String reword(String text, SplittableRandom r) {
        String[] lines = text.split("\n", -1);
        List<Integer> prose = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String t = lines[i].strip();
            if (t.isEmpty() || "#|><`*".indexOf(t.charAt(0)) >= 0 || t.startsWith("- **") || !t.matches(".*\\d.*"))
                continue;
            prose.add(i);
        }
        if (prose.isEmpty()) return text;
        int li = prose.get(r.nextInt(prose.size()));
        String l = lines[li];
        List<Integer> digits = new ArrayList<>();
        for (int i = 0; i < l.length(); i++) if (Character.isDigit(l.charAt(i)) && l.charAt(i) < 128) digits.add(i);
        int d = digits.get(r.nextInt(digits.size()));
        lines[li] = l.substring(0, d) + (char) ('0' + (l.charAt(d) - '0' + 1) % 10) + l.substring(d + 1);
        return String.join("\n", lines);
    }

    private static List<int[]> matches(Matcher m) {
        List<int[]> out = new ArrayList<>();
        while (m.find()) out.add(new int[] {m.start(), m.end()});
        return out;
    }

    /**
     * Writes the corpus as a git repository at {@code out}: notes under {@code out/notes/}, the
     * counts file of the first commit beside them, {@code commits} commits made with JGit.
     *
     * @return the number of note versions written (the first commit's notes included)
     */
    public static int write(CorpusGenerator.Corpus corpus, int commits, Path out) {
        int[] versions = {0};
        try (Git git =
                Git.init().setDirectory(out.toFile()).setInitialBranch("main").call()) {
            Files.createDirectories(out);
            corpus.counts().write(out.resolve(CorpusGenerator.COUNTS_FILE), corpus.seed());
            commits(corpus, commits, c -> {
                try {
                    for (Map.Entry<String, String> e : c.changed().entrySet()) {
                        Path f = out.resolve(CorpusGenerator.NOTES_DIR).resolve(e.getKey());
                        Files.createDirectories(f.getParent());
                        Files.writeString(f, e.getValue(), StandardCharsets.UTF_8);
                    }
                    git.add().addFilepattern(".").call();
                    PersonIdent who = new PersonIdent(c.author(), c.email(), c.time(), ZoneOffset.UTC);
                    git.commit()
                            .setMessage("corpus commit " + c.number())
                            .setAuthor(who)
                            .setCommitter(who)
                            .call();
                    versions[0] += c.changed().size();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (GitAPIException e) {
                    throw new IllegalStateException("git commit failed: " + e.getMessage(), e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write corpus to " + out + ": " + e.getMessage(), e);
        } catch (GitAPIException e) {
            throw new IllegalStateException("git init failed in " + out + ": " + e.getMessage(), e);
        }
        return versions[0];
    }
}
