package org.claimgraph.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Generates a corpus of synthetic notes. Note {@code i} depends only on the seed and {@code i},
 * so the first 10 notes of a 1 000-note corpus are the 10-note corpus of the same seed: benchmark
 * sizes nest. Layout: {@code OUT/notes/topic-K/note-NNNNN.md} and {@code OUT/expected-counts.json}.
 */
public final class CorpusGenerator {
    /** Status notations in the order of {@code cg:VerificationStatusScheme}. */
    static final String[] STATUS_NOTATIONS = java.util.Arrays.stream(org.claimgraph.extract.VerificationStatus.values())
            .map(org.claimgraph.extract.VerificationStatus::notation)
            .toArray(String[]::new);

    /** Name of the counts file written beside the {@code notes/} folder. */
    public static final String COUNTS_FILE = "expected-counts.json";
    /** Folder under OUT that holds the notes (the ingest root). */
    public static final String NOTES_DIR = "notes";

    /** One generated note: its path relative to the ingest root ('/' separated) and its text. */
    public record GeneratedNote(String path, String text) {}

    /** A generated corpus held in memory. */
    public record Corpus(List<GeneratedNote> notes, ExpectedCounts counts, long seed) {}

    private CorpusGenerator() {}

    /** Generates {@code count} notes in memory. */
    public static Corpus generate(int count, long seed) {
        if (count < 0) throw new IllegalArgumentException("--notes must be >= 0, was " + count);
        ExpectedCounts counts = new ExpectedCounts();
        List<GeneratedNote> notes = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            notes.add(new GeneratedNote(pathOf(i), noteText(seed, i, count, counts)));
        }
        return new Corpus(List.copyOf(notes), counts, seed);
    }

    /** The text of note {@code i} (1-based) of the corpus with this seed; counts go to {@code counts}. */
    static String noteText(long seed, int i, int total, ExpectedCounts counts) {
        SplittableRandom r = new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * i));
        return new NoteGenerator(r, counts, i, total).generate();
    }

    /** The same note after an edit: a changed copy for incremental re-ingest (counts not kept). */
    public static String editedNote(long seed, int i, int variant) {
        return noteText(seed ^ (0xC2B2AE3D27D4EB4FL * (variant + 1)), i, i, new ExpectedCounts());
    }

    /** Relative path of note {@code i}: {@code topic-K/note-NNNNN.md}. */
    public static String pathOf(int i) {
        return String.format(Locale.ROOT, "topic-%02d/note-%05d.md", i % 16, i);
    }

    /**
     * Writes the corpus under {@code out}: notes into {@code out/notes/}, counts into
     * {@code out/expected-counts.json}. Existing notes with the same names are overwritten.
     *
     * @return the counts that were written
     */
    public static ExpectedCounts write(Corpus corpus, Path out) {
        try {
            Path root = out.resolve(NOTES_DIR);
            for (GeneratedNote n : corpus.notes()) {
                Path f = root.resolve(n.path());
                Files.createDirectories(f.getParent());
                Files.writeString(f, n.text(), StandardCharsets.UTF_8);
            }
            Files.createDirectories(out);
            corpus.counts().write(out.resolve(COUNTS_FILE), corpus.seed());
            return corpus.counts();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write corpus to " + out + ": " + e.getMessage(), e);
        }
    }
}
