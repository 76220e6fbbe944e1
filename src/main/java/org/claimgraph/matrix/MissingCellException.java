package org.claimgraph.matrix;

/**
 * An operator under {@link MissingPolicy#FAIL} met a missing cell. {@link #row()} and
 * {@link #column()} locate it in the operand named by {@link #operand()}, so a caller that knows
 * the labels can say "scenario production, element quota".
 */
public final class MissingCellException extends MatrixException {
    private final String operand;
    private final int row;
    private final int column;

    public MissingCellException(String operand, int row, int column) {
        super("missing cell " + operand + "[" + row + "," + column + "]: the value is absent (NaN), not 0;"
                + " use MissingPolicy.IGNORE to compute on the cells that are present");
        this.operand = operand;
        this.row = row;
        this.column = column;
    }

    public String operand() {
        return operand;
    }

    public int row() {
        return row;
    }

    public int column() {
        return column;
    }
}
