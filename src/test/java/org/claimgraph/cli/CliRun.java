package org.claimgraph.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/**
 * One in-process run of the claimgraph command line, as the CLI tests see it: the exit code and
 * everything written to standard output and standard error. Running through
 * {@link Main#commandLine()} rather than a child JVM keeps the tests fast and lets them read the
 * output picocli would print.
 */
record CliRun(int exit, String out, String err) {

    /** Runs {@code claimgraph args...} in-process on a fresh {@link Main#commandLine()}. */
    static CliRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new CliRun(exit, out.toString(), err.toString());
    }
}
