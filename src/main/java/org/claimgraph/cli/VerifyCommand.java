package org.claimgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.claimgraph.writeback.Outcome;
import org.claimgraph.writeback.Recorder;
import org.claimgraph.writeback.Verification;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code claimgraph verify FILE:LINE --status S [...]}: records a verification in the note itself. */
@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        description = {
            "Records a verification in the note: rewrites the status phrase, method URL, test environment and update date of "
                    + "the provenance block that annotates the claim at FILE:LINE (a claim's line or any line of a block), in the "
                    + "block's own style, or adds a block after a claim that has none. Prints the unified diff it applied.",
            "The file is replaced atomically (temporary file + rename, permissions kept). With --db or --store the note is "
                    + "ingested again afterwards."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:written (or nothing to change, or --dry-run)",
            "2:bad input: FILE:LINE names no claim (the nearest are listed), unknown status, method not http(s), bad date",
            "3:the file cannot be read or written, the edit is not safe, or the store cannot be updated (the file is written)",
            "4:--expect-sha256 does not match the file (nothing written; the current hash is printed)"
        })
final class VerifyCommand implements Callable<Integer> {
    static final int EXIT_CHANGED = 4;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE:LINE", description = "The note and a line of the claim or of its provenance block.")
    String target;

    @Option(
            names = "--status",
            required = true,
            paramLabel = "STATUS",
            description = "verified, publicly-verifiable, partially-verifiable, pending or unverifiable.")
    String status;

    @Option(names = "--method", paramLabel = "URL", description = "The verification method: an http(s) URL.")
    String method;

    @Option(names = "--env", paramLabel = "TEXT", description = "The test environment (one line).")
    String env;

    @Option(
            names = "--date",
            paramLabel = "YYYY-MM-DD",
            description = "The update date. Default: today, written when something else changes.")
    String date;

    @Option(
            names = "--by",
            paramLabel = "NAME",
            description = "Who verified (the agent of the history event with --db/--store).")
    String by;

    @Option(
            names = "--expect-sha256",
            paramLabel = "HEX",
            description = "Refuse (exit 4) unless the file's sha-256 is this one: the version the reviewer looked at.")
    String expectSha256;

    @Option(names = "--dry-run", description = "Print the diff and write nothing.")
    boolean dryRun;

    @ArgGroup(exclusive = true)
    ReingestTarget store;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int colon = target.lastIndexOf(':');
        int line;
        try {
            line = Integer.parseInt(target.substring(colon + 1));
        } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
            return usage(err, "FILE:LINE expected, got '" + target + "'");
        }
        Path file = Path.of(target.substring(0, Math.max(colon, 0)));
        if (colon <= 0 || !Files.isRegularFile(file)) return usage(err, "no such note file: " + file);
        Verification v;
        try {
            LocalDate d = date == null ? null : LocalDate.parse(date);
            v = new Verification(Verification.parseStatus(status), method, env, d, LocalDate.now());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return usage(err, e.getMessage());
        }
        Recorder.Recorded r = Recorder.record(file, file.getFileName().toString(), line, v, expectSha256, dryRun);
        return report(r, file, out, err);
    }

    private Integer report(Recorder.Recorded r, Path file, PrintWriter out, PrintWriter err) {
        if (r instanceof Recorder.Recorded.Conflict c) {
            err.println(file + " changed since you looked: sha-256 is " + c.currentSha256() + "; nothing written");
            err.flush();
            return EXIT_CHANGED;
        }
        if (r instanceof Recorder.Recorded.Refused f) {
            Outcome.Rejected x = f.rejected();
            err.println(file + ":" + target.substring(target.lastIndexOf(':') + 1) + ": " + x.message());
            if (!x.nearest().isEmpty())
                err.println(x.reason() == Outcome.Reason.AMBIGUOUS ? "name one of:" : "nearest claims:");
            for (String n : x.nearest()) err.println("  " + file + ":" + n.substring(1));
            err.flush();
            return x.reason() == Outcome.Reason.UNSAFE ? Main.EXIT_FAILED : Main.EXIT_USAGE;
        }
        Recorder.Recorded.Written w = (Recorder.Recorded.Written) r;
        out.print(w.edit().diff());
        if (!w.changed()) out.println("nothing to change: " + file + " already says this");
        else if (dryRun) out.println("dry run: nothing written");
        out.println("sha256 " + w.sha256After());
        out.flush();
        for (String moved : w.edit().movedReferences()) {
            err.println("warning: " + file + ":" + moved.substring(1)
                    + " — the inserted field line(s) moved the lines it names; check its line number");
        }
        err.flush();
        if (w.changed() && !dryRun && store != null)
            return store.reingest(file, w.edit().after(), by, out, err);
        return 0;
    }

    private int usage(PrintWriter err, String message) {
        err.println("error: " + message);
        err.flush();
        return Main.EXIT_USAGE;
    }
}
