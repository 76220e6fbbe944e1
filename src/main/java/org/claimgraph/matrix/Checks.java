package org.claimgraph.matrix;

import org.ejml.data.DMatrixRMaj;

/** Argument checks shared by the operators; every failure is a {@link MatrixException} with a message. */
final class Checks {
    private Checks() {}

    static void notNull(Object o, String name) {
        if (o == null) throw new MatrixException(name + " is null");
    }

    /** A vector (1×n or n×1) of exactly {@code n} finite, non-negative entries with a positive sum. */
    static double weights(DMatrixRMaj v, int n, String name) {
        notNull(v, name);
        if (!(v.numRows == 1 || v.numCols == 1) || v.getNumElements() != n)
            throw new MatrixException(
                    name + " must be a vector of length " + n + ", got " + v.numRows + "×" + v.numCols);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double w = v.data[i];
            if (Double.isNaN(w)) throw new MatrixException(name + "[" + i + "] is NaN");
            if (Double.isInfinite(w)) throw new MatrixException(name + "[" + i + "] is infinite");
            if (w < 0) throw new MatrixException(name + "[" + i + "] = " + w + " is negative; weights must be >= 0");
            sum += w;
        }
        if (sum <= 0) throw new MatrixException(name + " has no positive weight");
        return sum;
    }

    /** Every present (non-NaN) entry of {@code m} lies in [0,1]. */
    static void unitOrMissing(DMatrixRMaj m, String name) {
        notNull(m, name);
        for (int r = 0; r < m.numRows; r++)
            for (int c = 0; c < m.numCols; c++) {
                double x = m.unsafe_get(r, c);
                if (Double.isNaN(x)) continue;
                if (!(x >= 0 && x <= 1))
                    throw new MatrixException(name + "[" + r + "," + c + "] = " + x + " is outside [0,1]");
            }
    }

    static void unit(double x, String name) {
        if (Double.isNaN(x)) throw new MatrixException(name + " is NaN");
        if (!(x >= 0 && x <= 1)) throw new MatrixException(name + " = " + x + " is outside [0,1]");
    }

    static void finite(double x, String name) {
        if (!Double.isFinite(x)) throw new MatrixException(name + " = " + x + " is not a finite number");
    }

    static void sameShape(DMatrixRMaj a, DMatrixRMaj b, String na, String nb) {
        notNull(a, na);
        notNull(b, nb);
        if (a.numRows != b.numRows || a.numCols != b.numCols)
            throw new MatrixException("dimension mismatch: " + na + " is " + a.numRows + "×" + a.numCols + " but " + nb
                    + " is " + b.numRows + "×" + b.numCols);
    }

    static boolean hasNaN(DMatrixRMaj m) {
        int n = m.getNumElements();
        for (int i = 0; i < n; i++) if (Double.isNaN(m.data[i])) return true;
        return false;
    }
}
