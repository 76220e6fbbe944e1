package org.claimgraph.matrix;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * Operators over layer maturity matrices. {@code A} is {@code S×E} (scenarios × elements, see the
 * package documentation), entries in [0,1], {@code NaN} = missing cell.
 *
 * <p>Each method states its formula, the shapes of its arguments and whether each argument is
 * modified. Output matrices are reshaped to the result shape; they must not alias an input.
 */
public final class MaturityOps {
    private MaturityOps() {}

    // ------------------------------------------------------------------ profiles

    /**
     * Scenario profile: how mature every element is under a weighting of scenarios.
     * <pre>
     * out = s · A                                   (no missing cell with s_l ≠ 0)
     * out_k = (Σ_{l∈P_k} s_l·A[l,k]) · (Σ_l s_l) / (Σ_{l∈P_k} s_l)   (IGNORE)
     * </pre>
     * where {@code P_k} are the scenarios with {@code s_l ≠ 0} whose cell in column {@code k} is
     * present. Under IGNORE the present cells are rescaled to the full weight mass (the missing
     * cells take the weighted mean of the present ones, never 0); an element with no present cell
     * gets {@code NaN}. With a one-hot {@code s} the result is row {@code l} of {@code A}.
     *
     * @param s      scenario weights, {@code 1×S} (or {@code S×1}), finite, ≥ 0, not all 0. Not modified.
     * @param a      maturity matrix {@code S×E}. Not modified.
     * @param out    result, {@code 1×E}. Modified.
     * @param policy what to do with missing cells.
     * @return cells with a non-zero weight that were present / needed
     * @throws MissingCellException under FAIL when a weighted cell is missing
     * @throws MatrixException on a shape mismatch or bad weights
     */
    public static Coverage scenarioProfile(DMatrixRMaj s, DMatrixRMaj a, DMatrixRMaj out, MissingPolicy policy) {
        Checks.notNull(a, "A");
        Checks.notNull(out, "out");
        final int rows = a.numRows, cols = a.numCols;
        double total = Checks.weights(s, rows, "scenario weights s");
        out.reshape(1, cols);
        if (!Checks.hasNaN(a)) {
            DMatrixRMaj row = s.numRows == 1 ? s : DMatrixRMaj.wrap(1, rows, s.data);
            CommonOps_DDRM.mult(row, a, out);
            return new Coverage(nonZero(s, rows) * (long) cols, nonZero(s, rows) * (long) cols);
        }
        return rescaledProfile(a, s, total, true, out, policy);
    }

    /**
     * Element profile: how well every scenario is served under a weighting of elements.
     * <pre>
     * out = A · e                                   (no missing cell with e_k ≠ 0)
     * out_l = (Σ_{k∈P_l} A[l,k]·e_k) · (Σ_k e_k) / (Σ_{k∈P_l} e_k)   (IGNORE)
     * </pre>
     * The mirror image of {@link #scenarioProfile}: {@code P_l} are the weighted elements present
     * in row {@code l}; a scenario with no present cell gets {@code NaN}.
     *
     * @param a      maturity matrix {@code S×E}. Not modified.
     * @param e      element weights, {@code E×1} (or {@code 1×E}), finite, ≥ 0, not all 0. Not modified.
     * @param out    result, {@code S×1}. Modified.
     * @param policy what to do with missing cells.
     * @return cells with a non-zero weight that were present / needed
     */
    public static Coverage elementProfile(DMatrixRMaj a, DMatrixRMaj e, DMatrixRMaj out, MissingPolicy policy) {
        Checks.notNull(a, "A");
        Checks.notNull(out, "out");
        final int rows = a.numRows, cols = a.numCols;
        double total = Checks.weights(e, cols, "element weights e");
        out.reshape(rows, 1);
        if (!Checks.hasNaN(a)) {
            DMatrixRMaj col = e.numCols == 1 ? e : DMatrixRMaj.wrap(cols, 1, e.data);
            CommonOps_DDRM.mult(a, col, out);
            return new Coverage(nonZero(e, cols) * (long) rows, nonZero(e, cols) * (long) rows);
        }
        return rescaledProfile(a, e, total, false, out, policy);
    }

    /**
     * The missing-cell path shared by {@link #scenarioProfile} and {@link #elementProfile}: one
     * weighted sum per column (weights on the rows) or per row (weights on the columns), rescaled
     * from the present cells to the full weight mass.
     * <pre>
     * weightsOnRows:   out_k = (Σ_{l∈P_k} w_l·A[l,k]) · total / (Σ_{l∈P_k} w_l)
     * otherwise:       out_l = (Σ_{k∈P_l} A[l,k]·w_k) · total / (Σ_{k∈P_l} w_k)
     * </pre>
     * An output entry with no present weighted cell is {@code NaN}. Cells are visited output entry
     * by output entry, so under FAIL the missing cell reported is the first one in output order.
     *
     * @param a             maturity matrix {@code S×E}. Not modified.
     * @param w             weights, already checked, one per row (weightsOnRows) or column. Not modified.
     * @param total         {@code Σ w}.
     * @param weightsOnRows true: weights index the scenarios (rows), output {@code 1×E};
     *                      false: weights index the elements (columns), output {@code S×1}.
     * @param out           result, already reshaped by the caller. Modified.
     * @param policy        what to do with missing cells.
     * @return cells with a non-zero weight that were present / needed
     */
    private static Coverage rescaledProfile(
            DMatrixRMaj a, DMatrixRMaj w, double total, boolean weightsOnRows, DMatrixRMaj out, MissingPolicy policy) {
        final int outer = weightsOnRows ? a.numCols : a.numRows;
        final int inner = weightsOnRows ? a.numRows : a.numCols;
        long needed = 0, present = 0;
        for (int o = 0; o < outer; o++) {
            double sum = 0, mass = 0;
            for (int i = 0; i < inner; i++) {
                double weight = w.data[i];
                if (weight == 0) continue;
                needed++;
                int l = weightsOnRows ? i : o, k = weightsOnRows ? o : i;
                double x = a.unsafe_get(l, k);
                if (Double.isNaN(x)) {
                    if (policy == MissingPolicy.FAIL) throw new MissingCellException("A", l, k);
                    continue;
                }
                present++;
                sum += weight * x;
                mass += weight;
            }
            out.data[o] = mass == 0 ? Double.NaN : (mass == total ? sum : sum * total / mass);
        }
        return new Coverage(present, needed);
    }

    private static long nonZero(DMatrixRMaj v, int n) {
        long c = 0;
        for (int i = 0; i < n; i++) if (v.data[i] != 0) c++;
        return c;
    }

    // ------------------------------------------------------------------ chain transition

    /**
     * Chain transition between layers i → j: how hard it is to move element {@code k} of layer
     * {@code i} onto element {@code l} of layer {@code j} (0 = seamless, 1 = broken).
     * <pre>
     * D[k,l] = 1 − cos(A⁽ⁱ⁾[:,k], A⁽ʲ⁾[:,l])          (cosine over the scenarios where both cells are present)
     * T      = Θᵢ^½ · D · Θⱼ^½,   i.e.  T[k,l] = √(θⁱ_k·θʲ_l) · D[k,l]
     * </pre>
     * Because maturities are ≥ 0 the cosine lies in [0,1], and with θ in [0,1] so does
     * {@code T}. Two all-zero profiles count as identical (D = 0), one all-zero profile against a
     * non-zero one as orthogonal (D = 1).
     *
     * <p><b>Why not the note's {@code A⁽ʲ⁾·Θ·A⁽ⁱ⁾ᵀ}.</b> With {@code A} printed as elements ×
     * scenarios ({@code E×S}) and {@code Θ = diag(θ₁…θ_E)} ({@code E×E}), {@code A⁽ʲ⁾·Θ} multiplies
     * {@code E×S} by {@code E×E}: the inner dimensions (S, E) differ, so the product is undefined.
     * The only middle factor that conforms in {@code A⁽ʲ⁾·X·A⁽ⁱ⁾ᵀ} is a scenario × scenario matrix,
     * and an element-indexed Θ can then only act from the outside, as the congruence
     * {@code Θ^½·(·)·Θ^½} used here. A raw product of maturities would also not be a difficulty
     * in [0,1] (it grows with maturity instead of with dissimilarity), hence the cosine distance.
     *
     * @param ai     layer i, {@code S×Eᵢ}, entries in [0,1] or NaN. Not modified.
     * @param aj     layer j, {@code S×Eⱼ}, same scenarios (rows). Not modified.
     * @param thetaI θ of the elements of layer i, length {@code Eᵢ}, each in [0,1]. Not modified.
     * @param thetaJ θ of the elements of layer j, length {@code Eⱼ}, each in [0,1]. Not modified.
     * @param out    result {@code Eᵢ×Eⱼ}. Modified. Under IGNORE an entry with no scenario where
     *               both cells are present is {@code NaN}.
     * @param policy FAIL: any missing cell in the two compared columns throws.
     * @return (pairs of cells compared) / (S · Eᵢ · Eⱼ)
     */
    public static Coverage transition(
            DMatrixRMaj ai,
            DMatrixRMaj aj,
            DMatrixRMaj thetaI,
            DMatrixRMaj thetaJ,
            DMatrixRMaj out,
            MissingPolicy policy) {
        Checks.notNull(ai, "A(i)");
        Checks.notNull(aj, "A(j)");
        Checks.notNull(out, "out");
        if (ai.numRows != aj.numRows)
            throw new MatrixException("dimension mismatch: A(i) has " + ai.numRows + " scenario rows but A(j) has "
                    + aj.numRows + "; both layers must be over the same scenarios");
        Checks.unitOrMissing(ai, "A(i)");
        Checks.unitOrMissing(aj, "A(j)");
        theta(thetaI, ai.numCols, "θ(i)");
        theta(thetaJ, aj.numCols, "θ(j)");
        final int s = ai.numRows, ei = ai.numCols, ej = aj.numCols;
        out.reshape(ei, ej);
        long present = 0;
        for (int k = 0; k < ei; k++) {
            for (int l = 0; l < ej; l++) {
                double dot = 0, ni = 0, nj = 0;
                int common = 0;
                for (int r = 0; r < s; r++) {
                    double x = ai.unsafe_get(r, k), y = aj.unsafe_get(r, l);
                    if (Double.isNaN(x) || Double.isNaN(y)) {
                        if (policy == MissingPolicy.FAIL)
                            throw Double.isNaN(x)
                                    ? new MissingCellException("A(i)", r, k)
                                    : new MissingCellException("A(j)", r, l);
                        continue;
                    }
                    common++;
                    dot += x * y;
                    ni += x * x;
                    nj += y * y;
                }
                present += common;
                double d;
                if (common == 0) d = Double.NaN;
                else if (ni == 0 && nj == 0) d = 0;
                else if (ni == 0 || nj == 0) d = 1;
                else d = 1 - Math.min(1.0, dot / Math.sqrt(ni * nj));
                out.unsafe_set(k, l, Math.sqrt(thetaI.data[k] * thetaJ.data[l]) * d);
            }
        }
        return new Coverage(present, (long) s * ei * ej);
    }

    private static void theta(DMatrixRMaj t, int n, String name) {
        Checks.notNull(t, name);
        if (!(t.numRows == 1 || t.numCols == 1) || t.getNumElements() != n)
            throw new MatrixException(
                    name + " must be a vector of length " + n + ", got " + t.numRows + "×" + t.numCols);
        for (int i = 0; i < n; i++) Checks.unit(t.data[i], name + "[" + i + "]");
    }

    // ------------------------------------------------------------------ static → dynamic

    /**
     * Static → dynamic interpolation.
     * <pre>A(t) = (1 − t)·A_static + t·A_dynamic,   t ∈ [0,1]</pre>
     * {@code t = 0} gives the static block, {@code t = 1} the dynamic one. A cell missing in either
     * block stays missing ({@code NaN}) in the result. (The note's {@code exp(t·Θ·∇L)} needs a loss
     * gradient the notes do not contain; the linear path is the one both end points fix.)
     *
     * @param aStatic  {@code S×E}. Not modified.
     * @param aDynamic {@code S×E}. Not modified.
     * @param t        in [0,1].
     * @param out      {@code S×E}. Modified.
     * @param policy   FAIL: a missing cell in either block throws.
     * @return cells present in both blocks / all cells
     */
    public static Coverage interpolate(
            DMatrixRMaj aStatic, DMatrixRMaj aDynamic, double t, DMatrixRMaj out, MissingPolicy policy) {
        Checks.sameShape(aStatic, aDynamic, "A(static)", "A(dynamic)");
        Checks.notNull(out, "out");
        Checks.unit(t, "t");
        out.reshape(aStatic.numRows, aStatic.numCols);
        long present = 0;
        final int n = aStatic.getNumElements();
        for (int i = 0; i < n; i++) {
            double x = aStatic.data[i], y = aDynamic.data[i];
            if (Double.isNaN(x) || Double.isNaN(y)) {
                if (policy == MissingPolicy.FAIL)
                    throw new MissingCellException(
                            Double.isNaN(x) ? "A(static)" : "A(dynamic)", i / aStatic.numCols, i % aStatic.numCols);
                out.data[i] = Double.NaN;
                continue;
            }
            present++;
            out.data[i] = (1 - t) * x + t * y;
        }
        return new Coverage(present, n);
    }

    /** Scalar {@code (1 − t)·static + t·dynamic}; both values in [0,1], {@code t} in [0,1]. */
    public static double interpolate(double staticValue, double dynamicValue, double t) {
        Checks.unit(staticValue, "static maturity");
        Checks.unit(dynamicValue, "dynamic maturity");
        Checks.unit(t, "t");
        return (1 - t) * staticValue + t * dynamicValue;
    }

    // ------------------------------------------------------------------ risk

    /** Numerically stable logistic function {@code σ(x) = 1 / (1 + e^(−x))}; {@code x} must not be NaN. */
    public static double sigmoid(double x) {
        if (Double.isNaN(x)) throw new MatrixException("sigmoid of NaN");
        if (x >= 0) return 1.0 / (1.0 + Math.exp(-x));
        double e = Math.exp(x);
        return e / (1.0 + e);
    }

    /**
     * Risk of one cell.
     * <pre>
     * StaticDrop    = 1 − a_static                 how far the static maturity falls short of 1
     * DynamicJitter = |a_dynamic − a_static|       how much maturity moves when the system runs
     * Uncertainty   = u                            1 − mean status weight of the cell's evidence
     * risk          = σ(λ₀ + λ₁·StaticDrop + λ₂·DynamicJitter + λ₃·Uncertainty)
     * </pre>
     * All three inputs must be present and in [0,1].
     */
    public static double risk(double staticValue, double dynamicValue, double uncertainty, RiskModel model) {
        Checks.notNull(model, "risk model");
        Checks.unit(staticValue, "static maturity");
        Checks.unit(dynamicValue, "dynamic maturity");
        Checks.unit(uncertainty, "uncertainty");
        return sigmoid(model.lambda0()
                + model.lambda1() * (1 - staticValue)
                + model.lambda2() * Math.abs(dynamicValue - staticValue)
                + model.lambda3() * uncertainty);
    }

    /**
     * Risk of every cell, {@code out[l,k] = risk(A_static[l,k], A_dynamic[l,k], U[l,k])} (see
     * {@link #risk(double, double, double, RiskModel)}).
     *
     * @param aStatic     {@code S×E}. Not modified.
     * @param aDynamic    {@code S×E}. Not modified.
     * @param uncertainty {@code S×E}, in [0,1]. Not modified.
     * @param model       λ₀…λ₃.
     * @param out         {@code S×E}. Modified; under IGNORE {@code NaN} where an input is missing.
     * @param policy      FAIL: a missing input throws.
     * @return cells with all three inputs present / all cells
     */
    public static Coverage risk(
            DMatrixRMaj aStatic,
            DMatrixRMaj aDynamic,
            DMatrixRMaj uncertainty,
            RiskModel model,
            DMatrixRMaj out,
            MissingPolicy policy) {
        Checks.sameShape(aStatic, aDynamic, "A(static)", "A(dynamic)");
        Checks.sameShape(aStatic, uncertainty, "A(static)", "U");
        Checks.notNull(model, "risk model");
        Checks.notNull(out, "out");
        Checks.unitOrMissing(aStatic, "A(static)");
        Checks.unitOrMissing(aDynamic, "A(dynamic)");
        Checks.unitOrMissing(uncertainty, "U");
        out.reshape(aStatic.numRows, aStatic.numCols);
        final int n = aStatic.getNumElements();
        final double l0 = model.lambda0(), l1 = model.lambda1(), l2 = model.lambda2(), l3 = model.lambda3();
        long present = 0;
        for (int i = 0; i < n; i++) {
            double x = aStatic.data[i], y = aDynamic.data[i], u = uncertainty.data[i];
            if (Double.isNaN(x) || Double.isNaN(y) || Double.isNaN(u)) {
                if (policy == MissingPolicy.FAIL)
                    throw new MissingCellException(
                            Double.isNaN(x) ? "A(static)" : Double.isNaN(y) ? "A(dynamic)" : "U",
                            i / aStatic.numCols,
                            i % aStatic.numCols);
                out.data[i] = Double.NaN;
                continue;
            }
            present++;
            out.data[i] = sigmoid(l0 + l1 * (1 - x) + l2 * Math.abs(y - x) + l3 * u);
        }
        return new Coverage(present, n);
    }
}
