package org.claimgraph.matrix;

/**
 * The coefficients of the risk model
 * <pre>risk = σ(λ₀ + λ₁·StaticDrop + λ₂·DynamicJitter + λ₃·Uncertainty)</pre>
 * (see {@link MaturityOps#risk(double, double, double, RiskModel)} for the terms). λ₀ is the
 * intercept: without it a cell with every term 0 would score σ(0) = 0.5 and no non-negative
 * input could score below 0.5, so a low risk such as 0.12 would be unreachable.
 *
 * <p>The defaults are hand-set placeholders (a perfect, fully verified cell scores σ(−3) ≈ 0.047)
 * until {@code claimgraph fit-risk} fits λ to labelled incidents.
 */
public record RiskModel(double lambda0, double lambda1, double lambda2, double lambda3) {
    public static final RiskModel DEFAULT = new RiskModel(-3.0, 2.0, 2.0, 1.0);

    public RiskModel {
        Checks.finite(lambda0, "λ0");
        Checks.finite(lambda1, "λ1");
        Checks.finite(lambda2, "λ2");
        Checks.finite(lambda3, "λ3");
    }

    /** λ as an array {λ₀, λ₁, λ₂, λ₃}. */
    public double[] toArray() {
        return new double[] {lambda0, lambda1, lambda2, lambda3};
    }

    /** From {λ₀, λ₁, λ₂, λ₃}. */
    public static RiskModel of(double[] lambda) {
        if (lambda == null || lambda.length != 4)
            throw new MatrixException("a risk model needs exactly 4 coefficients λ0..λ3");
        return new RiskModel(lambda[0], lambda[1], lambda[2], lambda[3]);
    }
}
