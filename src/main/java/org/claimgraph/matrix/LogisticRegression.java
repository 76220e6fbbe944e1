package org.claimgraph.matrix;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

/**
 * Logistic regression by Newton's method (iteratively reweighted least squares), used to fit
 * the risk coefficients λ from labelled incidents.
 * <pre>
 * Z      = [1 | X]                          n × (p+1), intercept column first
 * μ      = σ(Z·β)
 * β_new  = β + (Zᵀ·W·Z + ρ·I₀)⁻¹ · (Zᵀ·(y − μ) − ρ·I₀·β),   W = diag(μ(1 − μ))
 * ℓ(β)   = Σ yᵢ·ηᵢ − log(1 + e^ηᵢ),           η = Z·β
 * </pre>
 * {@code I₀} is the identity with a 0 for the intercept: the optional ridge ρ never shrinks λ₀.
 * Iteration stops when the largest Newton step is below the tolerance.
 */
public final class LogisticRegression {
    private LogisticRegression() {}

    /** The fitted coefficients {@code β = (β₀ intercept, β₁ … β_p)}, the log-likelihood and how it went. */
    public record Fit(double[] beta, double logLikelihood, int iterations, int sampleSize) {}

    /** {@link #fit(DMatrixRMaj, DMatrixRMaj, double, int, double)} without ridge, 100 iterations, tolerance 1e-10. */
    public static Fit fit(DMatrixRMaj x, DMatrixRMaj y) {
        return fit(x, y, 0.0, 100, 1e-10);
    }

    /**
     * @param x       features {@code n×p}, finite. Not modified.
     * @param y       labels {@code n×1}, each 0 or 1, both classes present. Not modified.
     * @param ridge   ρ ≥ 0; use a small value (e.g. 1e-3) when the classes are separable.
     * @param maxIter at least 1.
     * @param tol     convergence tolerance on the Newton step, &gt; 0.
     * @throws MatrixException on bad input, a singular Hessian or no convergence (separable data:
     *                         the message says to add a ridge)
     */
    public static Fit fit(DMatrixRMaj x, DMatrixRMaj y, double ridge, int maxIter, double tol) {
        check(x, y, ridge, maxIter, tol);
        final int n = x.numRows, q = x.numCols + 1;
        DMatrixRMaj z = design(x);
        DMatrixRMaj beta = new DMatrixRMaj(q, 1), eta = new DMatrixRMaj(n, 1), resid = new DMatrixRMaj(n, 1);
        DMatrixRMaj wz = new DMatrixRMaj(n, q),
                h = new DMatrixRMaj(q, q),
                g = new DMatrixRMaj(q, 1),
                step = new DMatrixRMaj(q, 1);
        LinearSolverDense<DMatrixRMaj> solver = LinearSolverFactory_DDRM.symmPosDef(q);
        for (int it = 1; it <= maxIter; it++) {
            CommonOps_DDRM.mult(z, beta, eta);
            for (int i = 0; i < n; i++) {
                double mu = MaturityOps.sigmoid(eta.data[i]);
                resid.data[i] = y.data[i] - mu;
                double w = mu * (1 - mu);
                for (int j = 0; j < q; j++) wz.unsafe_set(i, j, w * z.unsafe_get(i, j));
            }
            CommonOps_DDRM.multTransA(z, wz, h); // Zᵀ W Z
            CommonOps_DDRM.multTransA(z, resid, g); // Zᵀ (y − μ)
            for (int j = 1; j < q; j++) {
                h.add(j, j, ridge);
                g.data[j] -= ridge * beta.data[j];
            }
            if (!solver.setA(h) || Double.isNaN(solver.quality()))
                throw new MatrixException(
                        "the Hessian is singular: a feature is constant or collinear, or the classes are separable; add a ridge (e.g. 1e-3) or drop the feature");
            solver.solve(g, step);
            double max = 0;
            for (int j = 0; j < q; j++) {
                if (!Double.isFinite(step.data[j]))
                    throw new MatrixException(
                            "Newton step diverged; the classes are probably separable: add a ridge (e.g. 1e-3)");
                beta.data[j] += step.data[j];
                max = Math.max(max, Math.abs(step.data[j]));
            }
            if (max < tol) return new Fit(beta.data.clone(), logLikelihood(z, y, beta), it, n);
        }
        throw new MatrixException("no convergence in " + maxIter + " Newton iterations; the classes are probably"
                + " separable: add a ridge (e.g. 1e-3)");
    }

    /** Throws {@link MatrixException} unless the arguments are as {@link #fit(DMatrixRMaj, DMatrixRMaj, double, int, double)} needs. */
    private static void check(DMatrixRMaj x, DMatrixRMaj y, double ridge, int maxIter, double tol) {
        Checks.notNull(x, "X");
        Checks.notNull(y, "y");
        final int n = x.numRows, q = x.numCols + 1;
        if (!(y.numCols == 1 || y.numRows == 1) || y.getNumElements() != n)
            throw new MatrixException(
                    "dimension mismatch: X has " + n + " rows but y is " + y.numRows + "×" + y.numCols);
        if (n < q + 1)
            throw new MatrixException(
                    "too few samples: " + n + " rows for " + q + " coefficients (need at least " + (q + 1) + ")");
        if (!(ridge >= 0) || Double.isInfinite(ridge))
            throw new MatrixException("ridge = " + ridge + " must be finite and >= 0");
        if (maxIter < 1) throw new MatrixException("maxIter must be >= 1");
        if (!(tol > 0)) throw new MatrixException("tol must be > 0");
        int ones = 0;
        for (int i = 0; i < n; i++) {
            double v = y.data[i];
            if (v != 0 && v != 1) throw new MatrixException("y[" + i + "] = " + v + " is not 0 or 1");
            if (v == 1) ones++;
        }
        if (ones == 0 || ones == n)
            throw new MatrixException(
                    "all " + n + " labels are " + (ones == 0 ? "0" : "1") + "; both outcomes are needed to fit");
    }

    /** The design matrix {@code Z = [1 | X]} ({@code n×(p+1)}); throws when a feature is not finite. */
    private static DMatrixRMaj design(DMatrixRMaj x) {
        final int n = x.numRows, p = x.numCols;
        DMatrixRMaj z = new DMatrixRMaj(n, p + 1);
        for (int i = 0; i < n; i++) {
            z.unsafe_set(i, 0, 1.0);
            for (int j = 0; j < p; j++) {
                double v = x.unsafe_get(i, j);
                if (!Double.isFinite(v)) throw new MatrixException("X[" + i + "," + j + "] = " + v + " is not finite");
                z.unsafe_set(i, j + 1, v);
            }
        }
        return z;
    }

    /** {@code ℓ(β) = Σ yᵢ·ηᵢ − log(1 + e^ηᵢ)} with {@code η = Z·β}, computed without overflow. */
    static double logLikelihood(DMatrixRMaj z, DMatrixRMaj y, DMatrixRMaj beta) {
        DMatrixRMaj eta = new DMatrixRMaj(z.numRows, 1);
        CommonOps_DDRM.mult(z, beta, eta);
        double ll = 0;
        for (int i = 0; i < z.numRows; i++) {
            double e = eta.data[i];
            double softplus = e > 0 ? e + Math.log1p(Math.exp(-e)) : Math.log1p(Math.exp(e));
            ll += y.data[i] * e - softplus;
        }
        return ll;
    }
}
