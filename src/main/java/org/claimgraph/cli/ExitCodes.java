package org.claimgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.claimgraph.store.StoreException;
import picocli.CommandLine;

/**
 * The one exit-code policy of every command (documented in {@code docs/cli.md} and in
 * {@code claimgraph --help}): 0 success; 1 some inputs failed, the rest was processed (a command
 * returns it); 2 usage ({@link CommandLine.ParameterException}, {@link UsageException}); 3 nothing
 * worked ({@link InputException}, {@link StoreException}, an I/O error, or a bug). Every message a
 * command ends with goes to standard error with the one prefix {@value #PREFIX}.
 */
public final class ExitCodes implements CommandLine.IExitCodeExceptionMapper {
    public static final int OK = 0;
    public static final int PARTIAL = 1;
    public static final int USAGE = 2;
    public static final int FAILED = 3;
    /** The prefix of every error message on standard error. */
    public static final String PREFIX = "error: ";

    @Override
    public int getExitCode(Throwable t) {
        if (t instanceof CommandLine.ParameterException || t instanceof UsageException) return USAGE;
        return FAILED;
    }

    /** For messages a person can act on: no stack trace. */
    static boolean expected(Throwable t) {
        return t instanceof CommandLine.ParameterException
                || t instanceof UsageException
                || t instanceof InputException
                || t instanceof StoreException
                || t instanceof IOException
                || t instanceof UncheckedIOException;
    }

    /** The execution exception handler: one line with the prefix (plus the stack trace of a bug), then the mapped code. */
    static int handleExecution(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        if (expected(e)) {
            err.println(PREFIX + e.getMessage());
        } else {
            err.println(PREFIX + e);
            e.printStackTrace(err);
        }
        err.flush();
        return cmd.getExitCodeExceptionMapper().getExitCode(e);
    }

    /** The parameter exception handler: the message with the prefix and where to find help, then the mapped code. */
    static int handleParameter(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println(PREFIX + e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Run '" + cmd.getCommandSpec().qualifiedName() + " --help' for the options.");
        err.flush();
        return cmd.getExitCodeExceptionMapper().getExitCode(e);
    }
}
