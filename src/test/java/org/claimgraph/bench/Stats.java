package org.claimgraph.bench;

import java.util.Arrays;
import java.util.Locale;

/** Order statistics of a sample; values in whatever unit they were given (ms by convention). */
public record Stats(double median, double min, double max, int n) {

    /** Median (mean of the two middle values for even n), min and max of {@code values}. */
    public static Stats of(double... values) {
        if (values.length == 0) throw new IllegalArgumentException("no samples");
        double[] v = values.clone();
        Arrays.sort(v);
        int m = v.length / 2;
        double median = v.length % 2 == 1 ? v[m] : (v[m - 1] + v[m]) / 2;
        return new Stats(median, v[0], v[v.length - 1], v.length);
    }

    /**
     * The p-th percentile (0 &lt; p ≤ 100) by the nearest-rank method on a sorted copy:
     * the smallest value with at least p % of the sample at or below it.
     */
    public static double percentile(long[] values, int count, double p) {
        if (count == 0) return Double.NaN;
        long[] v = Arrays.copyOf(values, count);
        Arrays.sort(v);
        int rank = (int) Math.ceil(p / 100.0 * count);
        return v[Math.max(0, Math.min(count - 1, rank - 1))];
    }

    /** "12.3 (11.9–13.0)" with the given number of decimals. */
    public String format(int decimals) {
        String f = "%." + decimals + "f";
        return String.format(Locale.ROOT, f + " (" + f + "–" + f + ")", median, min, max);
    }
}
