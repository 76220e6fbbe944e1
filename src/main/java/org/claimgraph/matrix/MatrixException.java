package org.claimgraph.matrix;

/** A matrix operator was called with arguments it cannot work with; the message says which and why. */
public class MatrixException extends IllegalArgumentException {
    public MatrixException(String message) {
        super(message);
    }
}
