package org.claimgraph.store;

/** A note file that cannot be read as a note; {@code location} is "path" or "path:line". */
public final class NoteInputException extends Exception {
    private final String location;

    public NoteInputException(String location, String message) {
        super(message);
        this.location = location;
    }

    public String location() {
        return location;
    }
}
