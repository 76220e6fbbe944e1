package org.claimgraph.matrix;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

/** Operators against values worked out by hand, and against plain loops on random matrices. */
class MaturityOpsTest {
    static final double EPS = 1e-12;
    static final double NaN = Double.NaN;

    static DMatrixRMaj m(double[][] rows) {
        return new DMatrixRMaj(rows);
    }

    static DMatrixRMaj row(double... v) {
        return new DMatrixRMaj(1, v.length, true, v);
    }

    static DMatrixRMaj col(double... v) {
        return new DMatrixRMaj(v.length, 1, true, v);
    }

    // 3 scenarios × 2 elements
    final DMatrixRMaj a = m(new double[][] {{0.9, 0.2}, {1.0, 0.8}, {0.6, 0.4}});
    final DMatrixRMaj aMissing = m(new double[][] {{0.9, 0.2}, {1.0, 0.8}, {0.6, NaN}});

    @Test
    void scenarioProfileByHand() {
        DMatrixRMaj out = new DMatrixRMaj(1, 1);
        Coverage c = MaturityOps.scenarioProfile(row(0, 1, 0), a, out, MissingPolicy.FAIL);
        assertArrayEquals(new double[] {1.0, 0.8}, out.data, EPS);
        assertEquals(1, out.numRows);
        assertTrue(c.complete());
        MaturityOps.scenarioProfile(col(0.5, 0.5, 0), a, out, MissingPolicy.FAIL);
        assertArrayEquals(new double[] {0.95, 0.5}, out.data, EPS);
    }

    @Test
    void scenarioProfileMissingIsNeverZero() {
        DMatrixRMaj out = new DMatrixRMaj(1, 2);
        // weights on rows 1 and 2; column 1 misses row 2 → the present row carries the full mass
        Coverage c = MaturityOps.scenarioProfile(row(0, 0.5, 0.5), aMissing, out, MissingPolicy.IGNORE);
        assertArrayEquals(new double[] {0.8, 0.8}, out.data, EPS);
        assertEquals(new Coverage(3, 4), c);
        MissingCellException e = assertThrows(
                MissingCellException.class,
                () -> MaturityOps.scenarioProfile(row(0, 0.5, 0.5), aMissing, out, MissingPolicy.FAIL));
        assertEquals(2, e.row());
        assertEquals(1, e.column());
        assertTrue(e.getMessage().contains("not 0"));
        // a missing cell with weight 0 does not matter, even under FAIL
        MaturityOps.scenarioProfile(row(1, 1, 0), aMissing, out, MissingPolicy.FAIL);
        assertArrayEquals(new double[] {1.9, 1.0}, out.data, EPS);
        // nothing present → NaN, not 0
        MaturityOps.scenarioProfile(row(0, 0, 1), aMissing, out, MissingPolicy.IGNORE);
        assertEquals(0.6, out.data[0], EPS);
        assertTrue(Double.isNaN(out.data[1]));
    }

    @Test
    void elementProfileByHand() {
        DMatrixRMaj out = new DMatrixRMaj(1, 1);
        MaturityOps.elementProfile(a, col(1, 0), out, MissingPolicy.FAIL);
        assertArrayEquals(new double[] {0.9, 1.0, 0.6}, out.data, EPS);
        assertEquals(3, out.numRows);
        MaturityOps.elementProfile(a, row(0.5, 0.5), out, MissingPolicy.FAIL);
        assertArrayEquals(new double[] {0.55, 0.9, 0.5}, out.data, EPS);
        Coverage c = MaturityOps.elementProfile(aMissing, col(0.5, 0.5), out, MissingPolicy.IGNORE);
        assertArrayEquals(new double[] {0.55, 0.9, 0.6}, out.data, EPS);
        assertEquals(new Coverage(5, 6), c);
        assertThrows(
                MissingCellException.class,
                () -> MaturityOps.elementProfile(aMissing, col(0, 1), out, MissingPolicy.FAIL));
    }

    @Test
    void transitionByHand() {
        DMatrixRMaj ai = m(new double[][] {{1, 0}, {0, 1}});
        DMatrixRMaj aj = m(new double[][] {{1, 1}, {0, 1}});
        DMatrixRMaj out = new DMatrixRMaj(1, 1);
        MaturityOps.transition(ai, aj, col(1, 1), col(1, 1), out, MissingPolicy.FAIL);
        double r = 1 - 1 / Math.sqrt(2);
        assertArrayEquals(new double[] {0, r, 1, r}, out.data, EPS);
        MaturityOps.transition(ai, aj, col(0.25, 1), col(1, 0.64), out, MissingPolicy.FAIL);
        assertEquals(0.5 * 0, out.get(0, 0), EPS);
        assertEquals(0.4 * r, out.get(0, 1), EPS); // √(0.25·0.64) = 0.4
        assertEquals(1.0, out.get(1, 0), EPS);
        assertEquals(0.8 * r, out.get(1, 1), EPS); // √(1·0.64) = 0.8
        for (double v : out.data) assertTrue(v >= 0 && v <= 1);
        // identical layers: zero difficulty on the diagonal
        MaturityOps.transition(a, a, col(1, 1), col(1, 1), out, MissingPolicy.FAIL);
        assertEquals(0, out.get(0, 0), EPS);
        assertEquals(0, out.get(1, 1), EPS);
        // zero profiles
        DMatrixRMaj z = m(new double[][] {{0, 1}, {0, 1}});
        MaturityOps.transition(z, z, col(1, 1), col(1, 1), out, MissingPolicy.FAIL);
        assertEquals(0, out.get(0, 0), EPS);
        assertEquals(1, out.get(0, 1), EPS);
    }

    @Test
    void transitionMissing() {
        DMatrixRMaj out = new DMatrixRMaj(1, 1);
        Coverage c = MaturityOps.transition(aMissing, a, col(1, 1), col(1, 1), out, MissingPolicy.IGNORE);
        // column 1 of aMissing has rows 0,1 only: cos((0.2,0.8),(0.2,0.8)) = 1 on the common rows
        assertEquals(0, out.get(1, 1), EPS);
        assertEquals(new Coverage(10, 12), c);
        assertThrows(
                MissingCellException.class,
                () -> MaturityOps.transition(aMissing, a, col(1, 1), col(1, 1), out, MissingPolicy.FAIL));
        DMatrixRMaj allMissing = m(new double[][] {{NaN}, {NaN}, {NaN}});
        MaturityOps.transition(allMissing, a, col(1), col(1, 1), out, MissingPolicy.IGNORE);
        assertTrue(Double.isNaN(out.get(0, 0)));
    }

    @Test
    void interpolateAndRiskByHand() {
        assertEquals(0.35, MaturityOps.interpolate(0.2, 0.8, 0.25), EPS);
        DMatrixRMaj out = new DMatrixRMaj(1, 1);
        MaturityOps.interpolate(row(0.2, NaN), row(0.8, 0.5), 0.25, out, MissingPolicy.IGNORE);
        assertEquals(0.35, out.data[0], EPS);
        assertTrue(Double.isNaN(out.data[1]));
        assertThrows(
                MissingCellException.class,
                () -> MaturityOps.interpolate(row(0.2, NaN), row(0.8, 0.5), 0.25, out, MissingPolicy.FAIL));
        // −3 + 2·0.2 + 2·0.3 + 1·0.5 = −1.5
        assertEquals(0.18242552380635635, MaturityOps.risk(0.8, 0.5, 0.5, RiskModel.DEFAULT), EPS);
        assertEquals(1 / (1 + Math.exp(3)), MaturityOps.risk(1, 1, 0, RiskModel.DEFAULT), EPS);
        Coverage c =
                MaturityOps.risk(row(0.8, 1), row(0.5, NaN), row(0.5, 0), RiskModel.DEFAULT, out, MissingPolicy.IGNORE);
        assertEquals(0.18242552380635635, out.data[0], EPS);
        assertTrue(Double.isNaN(out.data[1]));
        assertEquals(new Coverage(1, 2), c);
        assertEquals(0.5, MaturityOps.sigmoid(0), EPS);
        assertEquals(1.0, MaturityOps.sigmoid(800), EPS);
        assertEquals(0.0, MaturityOps.sigmoid(-800), EPS);
    }

    @Test
    void evidenceByHand() {
        DMatrixRMaj n = m(new double[][] {{1, 0, 0}, {1, 1, 0}, {0, 1, 1}, {1, 0, 0}});
        DMatrixRMaj out = new DMatrixRMaj(1, 1);
        Coverage c = EvidenceOps.evidenceScores(n, col(1.0, 0.5, NaN, 0.2), out);
        assertEquals(1.7 / 3, out.data[0], EPS);
        assertEquals(0.5, out.data[1], EPS);
        assertTrue(Double.isNaN(out.data[2]), "a tool whose only claim has no status has no score, not 0");
        assertEquals(new Coverage(4, 6), c);
    }

    @Test
    void logisticRegressionByHand() {
        // one binary feature: P(y=1|x=0) = 1/4, P(y=1|x=1) = 3/4 → β₀ = log(1/3), β₁ = 2·log 3
        DMatrixRMaj x = col(0, 0, 0, 0, 1, 1, 1, 1);
        DMatrixRMaj y = col(0, 0, 0, 1, 0, 1, 1, 1);
        LogisticRegression.Fit fit = LogisticRegression.fit(x, y);
        assertEquals(Math.log(1.0 / 3), fit.beta()[0], 1e-10);
        assertEquals(2 * Math.log(3), fit.beta()[1], 1e-10);
        assertEquals(2 * (Math.log(0.25) + 3 * Math.log(0.75)), fit.logLikelihood(), 1e-10);
        assertEquals(8, fit.sampleSize());
    }

    @Test
    void errors() {
        DMatrixRMaj out = new DMatrixRMaj(1, 1);
        MatrixException e;
        e = assertThrows(
                MatrixException.class, () -> MaturityOps.scenarioProfile(row(1, 0), a, out, MissingPolicy.FAIL));
        assertTrue(e.getMessage().contains("length 3"), e.getMessage());
        e = assertThrows(
                MatrixException.class, () -> MaturityOps.scenarioProfile(row(1, NaN, 0), a, out, MissingPolicy.FAIL));
        assertTrue(e.getMessage().contains("NaN"), e.getMessage());
        e = assertThrows(
                MatrixException.class, () -> MaturityOps.scenarioProfile(row(1, -1, 0), a, out, MissingPolicy.FAIL));
        assertTrue(e.getMessage().contains("negative"), e.getMessage());
        e = assertThrows(
                MatrixException.class, () -> MaturityOps.elementProfile(a, col(0, 0), out, MissingPolicy.FAIL));
        assertTrue(e.getMessage().contains("no positive weight"), e.getMessage());
        e = assertThrows(MatrixException.class, () -> MaturityOps.interpolate(0.2, 0.8, 1.5));
        assertTrue(e.getMessage().contains("t = 1.5 is outside [0,1]"), e.getMessage());
        e = assertThrows(MatrixException.class, () -> MaturityOps.interpolate(0.2, NaN, 0.5));
        assertTrue(e.getMessage().contains("NaN"), e.getMessage());
        e = assertThrows(MatrixException.class, () -> MaturityOps.risk(1.2, 0.5, 0.5, RiskModel.DEFAULT));
        assertTrue(e.getMessage().contains("outside [0,1]"), e.getMessage());
        e = assertThrows(
                MatrixException.class,
                () -> MaturityOps.interpolate(row(0.1, 0.2), row(0.1, 0.2, 0.3), 0.5, out, MissingPolicy.FAIL));
        assertTrue(e.getMessage().contains("dimension mismatch"), e.getMessage());
        e = assertThrows(
                MatrixException.class,
                () -> MaturityOps.transition(a, m(new double[][] {{1}}), col(1, 1), col(1), out, MissingPolicy.FAIL));
        assertTrue(e.getMessage().contains("dimension mismatch"), e.getMessage());
        e = assertThrows(
                MatrixException.class,
                () -> MaturityOps.transition(a, a, col(1, 2), col(1, 1), out, MissingPolicy.FAIL));
        assertTrue(e.getMessage().contains("θ(i)[1] = 2.0"), e.getMessage());
        e = assertThrows(MatrixException.class, () -> MaturityOps.sigmoid(NaN));
        e = assertThrows(
                MatrixException.class, () -> EvidenceOps.evidenceScores(m(new double[][] {{1}}), col(1, 1), out));
        assertTrue(e.getMessage().contains("dimension mismatch"), e.getMessage());
        e = assertThrows(MatrixException.class, () -> new RiskModel(NaN, 1, 1, 1));
        e = assertThrows(MatrixException.class, () -> LogisticRegression.fit(col(1, 2, 3, 4), col(1, 1, 1, 1)));
        assertTrue(e.getMessage().contains("both outcomes"), e.getMessage());
        e = assertThrows(MatrixException.class, () -> LogisticRegression.fit(col(0, 1, 2, 3), col(0, 0, 1, 1)));
        assertTrue(e.getMessage().contains("separable"), e.getMessage());
        e = assertThrows(MatrixException.class, () -> LogisticRegression.fit(col(0, 1, 2, 3), col(0, 0.5, 1, 1)));
        assertTrue(e.getMessage().contains("not 0 or 1"), e.getMessage());
    }

    @Test
    void separableDataFitsWithRidge() {
        LogisticRegression.Fit fit = LogisticRegression.fit(col(0, 1, 2, 3), col(0, 0, 1, 1), 1e-3, 200, 1e-10);
        assertTrue(fit.beta()[1] > 0);
    }

    // ------------------------------------------------------------------ random vs plain loops

    static DMatrixRMaj random(Random r, int rows, int cols, double missing) {
        DMatrixRMaj x = new DMatrixRMaj(rows, cols);
        for (int i = 0; i < x.data.length; i++) x.data[i] = r.nextDouble() < missing ? NaN : r.nextDouble();
        return x;
    }

    static double[] refScenarioProfile(double[] s, double[][] a) {
        int rows = a.length, cols = a[0].length;
        double total = 0;
        for (double w : s) total += w;
        double[] out = new double[cols];
        for (int k = 0; k < cols; k++) {
            double sum = 0, mass = 0;
            for (int l = 0; l < rows; l++)
                if (s[l] != 0 && !Double.isNaN(a[l][k])) {
                    sum += s[l] * a[l][k];
                    mass += s[l];
                }
            out[k] = mass == 0 ? NaN : sum / mass * total;
        }
        return out;
    }

    static double[][] arr(DMatrixRMaj m) {
        double[][] x = new double[m.numRows][m.numCols];
        for (int i = 0; i < m.numRows; i++) for (int j = 0; j < m.numCols; j++) x[i][j] = m.get(i, j);
        return x;
    }

    static double[][] transpose(double[][] a) {
        double[][] t = new double[a[0].length][a.length];
        for (int i = 0; i < a.length; i++) for (int j = 0; j < a[0].length; j++) t[j][i] = a[i][j];
        return t;
    }

    static void assertClose(double[] expected, double[] actual) {
        assertEquals(expected.length, actual.length);
        for (int i = 0; i < expected.length; i++) {
            if (Double.isNaN(expected[i])) assertTrue(Double.isNaN(actual[i]), "entry " + i);
            else assertEquals(expected[i], actual[i], EPS, "entry " + i);
        }
    }

    @Test
    void randomAgainstPlainLoops() {
        Random r = new Random(42);
        for (int trial = 0; trial < 200; trial++) {
            int s = 1 + r.nextInt(8), e = 1 + r.nextInt(14);
            double missing = trial % 2 == 0 ? 0 : 0.2;
            DMatrixRMaj a = random(r, s, e, missing);
            DMatrixRMaj b = random(r, s, e, missing);
            double[][] aa = arr(a), bb = arr(b);
            double[] sw = new double[s], ew = new double[e];
            for (int i = 0; i < s; i++) sw[i] = r.nextInt(3) == 0 ? 0 : r.nextDouble();
            for (int i = 0; i < e; i++) ew[i] = r.nextInt(3) == 0 ? 0 : r.nextDouble();
            sw[r.nextInt(s)] = 1;
            ew[r.nextInt(e)] = 1;
            DMatrixRMaj out = new DMatrixRMaj(1, 1);

            MaturityOps.scenarioProfile(row(sw), a, out, MissingPolicy.IGNORE);
            assertClose(refScenarioProfile(sw, aa), java.util.Arrays.copyOf(out.data, out.getNumElements()));
            MaturityOps.elementProfile(a, col(ew), out, MissingPolicy.IGNORE);
            assertClose(refScenarioProfile(ew, transpose(aa)), java.util.Arrays.copyOf(out.data, out.getNumElements()));

            double[] thI = new double[e], thJ = new double[e];
            for (int i = 0; i < e; i++) {
                thI[i] = r.nextDouble();
                thJ[i] = r.nextDouble();
            }
            MaturityOps.transition(a, b, col(thI), col(thJ), out, MissingPolicy.IGNORE);
            for (int k = 0; k < e; k++)
                for (int l = 0; l < e; l++) {
                    double dot = 0, ni = 0, nj = 0;
                    int common = 0;
                    for (int q = 0; q < s; q++) {
                        if (Double.isNaN(aa[q][k]) || Double.isNaN(bb[q][l])) continue;
                        common++;
                        dot += aa[q][k] * bb[q][l];
                        ni += aa[q][k] * aa[q][k];
                        nj += bb[q][l] * bb[q][l];
                    }
                    double d = common == 0
                            ? NaN
                            : ni == 0 && nj == 0
                                    ? 0
                                    : ni == 0 || nj == 0 ? 1 : 1 - Math.min(1, dot / Math.sqrt(ni) / Math.sqrt(nj));
                    double expected = Math.sqrt(thI[k] * thJ[l]) * d;
                    if (Double.isNaN(expected)) assertTrue(Double.isNaN(out.get(k, l)));
                    else assertEquals(expected, out.get(k, l), EPS);
                }

            double t = r.nextDouble();
            MaturityOps.interpolate(a, b, t, out, MissingPolicy.IGNORE);
            DMatrixRMaj u = random(r, s, e, 0);
            DMatrixRMaj risk = new DMatrixRMaj(1, 1);
            RiskModel model = new RiskModel(r.nextGaussian(), r.nextGaussian(), r.nextGaussian(), r.nextGaussian());
            MaturityOps.risk(a, b, u, model, risk, MissingPolicy.IGNORE);
            for (int i = 0; i < s; i++)
                for (int k = 0; k < e; k++) {
                    double x = aa[i][k], y = bb[i][k];
                    if (Double.isNaN(x) || Double.isNaN(y)) {
                        assertTrue(Double.isNaN(out.get(i, k)));
                        assertTrue(Double.isNaN(risk.get(i, k)));
                        continue;
                    }
                    assertEquals((1 - t) * x + t * y, out.get(i, k), EPS);
                    double z = model.lambda0()
                            + model.lambda1() * (1 - x)
                            + model.lambda2() * Math.abs(y - x)
                            + model.lambda3() * u.get(i, k);
                    assertEquals(1 / (1 + Math.exp(-z)), risk.get(i, k), EPS);
                }

            // evidence: plain loop over claims
            int claims = 1 + r.nextInt(20), tools = 1 + r.nextInt(6);
            DMatrixRMaj n = new DMatrixRMaj(claims, tools);
            double[] w = new double[claims];
            for (int c = 0; c < claims; c++) {
                w[c] = r.nextInt(4) == 0 ? NaN : r.nextDouble();
                for (int j = 0; j < tools; j++) n.set(c, j, r.nextInt(3) == 0 ? r.nextInt(3) : 0);
            }
            EvidenceOps.evidenceScores(n, col(w), out);
            for (int j = 0; j < tools; j++) {
                double num = 0, den = 0;
                for (int c = 0; c < claims; c++)
                    if (!Double.isNaN(w[c])) {
                        num += n.get(c, j) * w[c];
                        den += n.get(c, j);
                    }
                if (den == 0) assertTrue(Double.isNaN(out.data[j]));
                else assertEquals(num / den, out.data[j], EPS);
            }
        }
    }

    @Test
    void logisticRegressionSatisfiesScoreEquations() {
        Random r = new Random(7);
        int n = 400;
        DMatrixRMaj x = new DMatrixRMaj(n, 3), y = new DMatrixRMaj(n, 1);
        double[] truth = {-2, 1.5, 2, 0.8};
        for (int i = 0; i < n; i++) {
            double z = truth[0];
            for (int j = 0; j < 3; j++) {
                x.set(i, j, r.nextDouble());
                z += truth[j + 1] * x.get(i, j);
            }
            y.data[i] = r.nextDouble() < 1 / (1 + Math.exp(-z)) ? 1 : 0;
        }
        LogisticRegression.Fit fit = LogisticRegression.fit(x, y);
        // at the maximum the gradient Σ (yᵢ − μᵢ)·zᵢ vanishes (plain loop)
        double[] grad = new double[4];
        double ll = 0;
        for (int i = 0; i < n; i++) {
            double z = fit.beta()[0];
            for (int j = 0; j < 3; j++) z += fit.beta()[j + 1] * x.get(i, j);
            double mu = 1 / (1 + Math.exp(-z));
            grad[0] += y.data[i] - mu;
            for (int j = 0; j < 3; j++) grad[j + 1] += (y.data[i] - mu) * x.get(i, j);
            ll += y.data[i] * Math.log(mu) + (1 - y.data[i]) * Math.log(1 - mu);
        }
        for (double g : grad) assertEquals(0, g, 1e-9);
        assertEquals(ll, fit.logLikelihood(), 1e-9);
    }
}
