package org.claimgraph.cli;

/**
 * The command line asks for something that cannot be done as asked (a shapes folder that is not
 * one, a query that does not parse, options that do not go together): exit code 2
 * ({@link ExitCodes}). The message says what to change, for a person.
 */
public final class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }

    public UsageException(String message, Throwable cause) {
        super(message, cause);
    }
}
