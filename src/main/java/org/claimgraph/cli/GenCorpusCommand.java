package org.claimgraph.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.claimgraph.corpus.CorpusGenerator;
import org.claimgraph.corpus.ExpectedCounts;
import org.claimgraph.corpus.GitCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code claimgraph gen-corpus}: writes synthetic notes plus their expected counts. */
@Command(
        name = "gen-corpus",
        mixinStandardHelpOptions = true,
        description = {
            "Writes N synthetic notes in the annotation conventions (every status and block form, "
                    + "tables, mermaid, line references, maturity matrices) to DIR/notes/, and DIR/"
                    + CorpusGenerator.COUNTS_FILE + " with what was written.",
            "The same seed always gives the same bytes; note i does not depend on N."
        })
public final class GenCorpusCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--notes", paramLabel = "N", required = true, description = "Number of notes to write.")
    int notes;

    @Option(
            names = "--seed",
            paramLabel = "S",
            defaultValue = "1",
            description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Output folder (created when absent).")
    Path out;

    @Option(
            names = "--git-commits",
            paramLabel = "N",
            description = "Make DIR a git repository with N commits (JGit, fixed dates one day apart from "
                    + "2025-01-01): the corpus, then N-1 commits each editing a tenth of the notes (statuses, "
                    + "update dates, claim wording). For 'history import DIR --path notes'.")
    Integer gitCommits;

    @Override
    public Integer call() {
        if (notes < 0) throw new UsageException("--notes must be >= 0");
        if (gitCommits != null) {
            if (gitCommits < 1) throw new UsageException("--git-commits must be >= 1");
            int versions = GitCorpus.write(CorpusGenerator.generate(notes, seed), gitCommits, out);
            spec.commandLine()
                    .getOut()
                    .printf(
                            "wrote %d notes in %d commits (%d note versions) to %s%n",
                            notes, gitCommits, versions, out);
            return 0;
        }
        ExpectedCounts counts = CorpusGenerator.write(CorpusGenerator.generate(notes, seed), out);
        spec.commandLine()
                .getOut()
                .printf(
                        "wrote %d notes (%d provenance blocks, %d status assertions) to %s%n",
                        notes,
                        counts.get(ExpectedCounts.PROVENANCE_BLOCKS),
                        counts.get(ExpectedCounts.STATUS_ASSERTIONS),
                        out.resolve(CorpusGenerator.NOTES_DIR));
        return 0;
    }
}
