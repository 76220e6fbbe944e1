/**
 * The maturity matrix core: pure Java on EJML ({@code DMatrixRMaj}, {@code CommonOps_DDRM}), no
 * Jena. Operators are static methods documented like EJML's own: the formula, the shapes, and
 * for every matrix argument whether it is modified. Hot operators write into a caller-owned
 * output matrix, which they reshape when its shape is wrong.
 *
 * <p><b>Layout.</b> A layer's maturity matrix {@code A} has one row per scenario and one column
 * per element ({@code S×E}). The note prints its tables the other way round (elements down,
 * scenarios across) but writes {@code s·A} and {@code A·e}; those products only conform when
 * scenarios index the rows, so that is the layout used here. {@code A[l,k]} is the maturity of
 * element {@code k} in scenario {@code l}, a number in [0,1].
 *
 * <p><b>Missing cells.</b> A cell the note leaves empty ("…") is {@code NaN} in {@code A}. No
 * operator ever reads {@code NaN} as 0: under {@link org.claimgraph.matrix.MissingPolicy#FAIL}
 * it throws {@link org.claimgraph.matrix.MissingCellException}; under
 * {@link org.claimgraph.matrix.MissingPolicy#IGNORE} it leaves the cell out, rescales where the
 * formula says so, and reports what it used in a {@link org.claimgraph.matrix.Coverage}.
 */
package org.claimgraph.matrix;
