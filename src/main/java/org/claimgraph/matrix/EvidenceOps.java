package org.claimgraph.matrix;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/** Evidence scores from the claim × tool incidence matrix. */
public final class EvidenceOps {
    private EvidenceOps() {}

    /**
     * Evidence score per tool: the mean status weight of the claims about it, each claim counted
     * as often as the incidence matrix says.
     * <pre>
     * m_c     = 1 if claim c has a status weight, else 0      (w_c = NaN: no status, not weight 0)
     * w⁰_c    = w_c if present, else 0
     * out     = (Nᵀ·w⁰) ⊘ (Nᵀ·m)                                (element-wise division)
     * </pre>
     * A claim without any status is left out (it is missing evidence, not bad evidence); a tool
     * none of whose claims has a status gets {@code NaN}. A claim's weight is usually the mean of
     * the weights of its status assertions (e.g. verified 1.0 … unverifiable 0.0).
     *
     * @param incidence {@code N}, claims × tools ({@code C×T}), entries finite and ≥ 0. Not modified.
     * @param weights   {@code w}, {@code C×1}, each in [0,1] or NaN. Not modified.
     * @param out       {@code T×1}. Modified.
     * @return incidences (non-zero {@code N_ct}) whose claim has a status / all incidences
     */
    public static Coverage evidenceScores(DMatrixRMaj incidence, DMatrixRMaj weights, DMatrixRMaj out) {
        Checks.notNull(incidence, "incidence N");
        Checks.notNull(weights, "weights w");
        Checks.notNull(out, "out");
        final int c = incidence.numRows, t = incidence.numCols;
        if (!(weights.numCols == 1 || weights.numRows == 1) || weights.getNumElements() != c)
            throw new MatrixException("dimension mismatch: incidence N has " + c + " claim rows but w is "
                    + weights.numRows + "×" + weights.numCols);
        for (int i = 0; i < incidence.getNumElements(); i++) {
            double x = incidence.data[i];
            if (!Double.isFinite(x) || x < 0)
                throw new MatrixException(
                        "incidence N[" + i / t + "," + i % t + "] = " + x + " must be finite and >= 0");
        }
        DMatrixRMaj w0 = new DMatrixRMaj(c, 1), mask = new DMatrixRMaj(c, 1);
        for (int i = 0; i < c; i++) {
            double w = weights.data[i];
            if (Double.isNaN(w)) continue;
            Checks.unit(w, "w[" + i + "]");
            w0.data[i] = w;
            mask.data[i] = 1;
        }
        DMatrixRMaj den = new DMatrixRMaj(t, 1);
        out.reshape(t, 1);
        CommonOps_DDRM.multTransA(incidence, w0, out);
        CommonOps_DDRM.multTransA(incidence, mask, den);
        for (int j = 0; j < t; j++) out.data[j] = den.data[j] == 0 ? Double.NaN : out.data[j] / den.data[j];
        long needed = 0, present = 0;
        for (int i = 0; i < c; i++)
            for (int j = 0; j < t; j++)
                if (incidence.unsafe_get(i, j) != 0) {
                    needed++;
                    if (mask.data[i] == 1) present++;
                }
        return new Coverage(present, needed);
    }
}
