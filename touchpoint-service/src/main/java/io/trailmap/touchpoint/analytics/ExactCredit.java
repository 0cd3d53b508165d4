package io.trailmap.touchpoint.analytics;

/**
 * A sum of credits kept exactly, in units of 2⁻⁶² of a conversion: the same credits added and taken away in any
 * order give the same sum to the last bit, so credits kept up to date customer by customer equal credits counted
 * afresh. Holds the whole conversions and the fraction of one apart, so it cannot overflow.
 */
final class ExactCredit {

    /** One conversion's worth. */
    static final long ONE = 1L << 62;

    private long whole;
    private long fraction;   // in [0, ONE)

    /** Adds {@code units} (at most one conversion's worth, either sign). */
    void add(long units) {
        fraction += units;
        whole += Math.floorDiv(fraction, ONE);
        fraction = Math.floorMod(fraction, ONE);
    }

    boolean isZero() {
        return whole == 0 && fraction == 0;
    }

    double value() {
        return whole + (double) fraction / ONE;
    }

    /**
     * Shares of one conversion (each in [0, 1], summing to 1) in units, rounded so that they sum to exactly
     * {@link #ONE}: the largest share takes what rounding the others left over.
     */
    static long[] units(double[] shares) {
        long[] units = new long[shares.length];
        long total = 0;
        int largest = 0;
        for (int i = 0; i < shares.length; i++) {
            units[i] = Math.round(shares[i] * ONE);
            total += units[i];
            if (shares[i] > shares[largest]) {
                largest = i;
            }
        }
        if (shares.length > 0) {
            units[largest] += ONE - total;
        }
        return units;
    }
}
