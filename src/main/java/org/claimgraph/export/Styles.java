package org.claimgraph.export;

import org.claimgraph.extract.VerificationStatus;

/** How graph formats draw a node: colour by status for claims and statuses, by kind otherwise; size by degree. */
final class Styles {
    private Styles() {}

    /** {@code #rrggbb}. */
    static String color(PropertyGraph.Node n) {
        if (n.type() == NodeKind.CLAIM || n.type() == NodeKind.STATUS) {
            return n.string("status")
                    .flatMap(VerificationStatus::ofNotation)
                    .map(VerificationStatus::colour)
                    .orElse(VerificationStatus.NO_STATUS_COLOUR);
        }
        return n.type().color();
    }

    /** Red, green, blue of {@code #rrggbb}. */
    static int[] rgb(String hex) {
        int v = Integer.parseInt(hex.substring(1), 16);
        return new int[] {(v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff};
    }

    /** Node size growing with the logarithm of the degree: 10 for an isolated node, ≈50 for degree 1000. */
    static double size(int degree) {
        return Math.round((10.0 + 4.0 * Math.log(1 + degree) / Math.log(2)) * 10.0) / 10.0;
    }
}
