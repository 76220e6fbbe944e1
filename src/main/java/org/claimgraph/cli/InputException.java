package org.claimgraph.cli;

/**
 * Nothing could be read from the inputs the command was given (no note ingested, an unreadable
 * query or CSV file): exit code 3 ({@link ExitCodes}). Inputs that fail while others are read are
 * not an exception: they are listed with their location and the command exits with 1.
 */
public final class InputException extends RuntimeException {
    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
