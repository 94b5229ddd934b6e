package com.taoshu.delivery.solver;

/**
 * Travel times in seconds between location indices ({@code time(from, to)}); asymmetric matrices are fine.
 * Immutable: the array given is copied.
 */
public final class TravelMatrix {

    private final double[][] seconds;

    private TravelMatrix(double[][] seconds) {
        this.seconds = seconds;
    }

    public static TravelMatrix ofSeconds(double[][] seconds) {
        int n = seconds.length;
        double[][] copy = new double[n][];
        for (int i = 0; i < n; i++) {
            if (seconds[i].length != n) {
                throw new IllegalArgumentException("travel matrix must be square, row " + i + " has " + seconds[i].length + " of " + n);
            }
            copy[i] = seconds[i].clone();
            for (int j = 0; j < n; j++) {
                if (!(copy[i][j] >= 0) || Double.isInfinite(copy[i][j])) {
                    throw new IllegalArgumentException("travel time " + i + "->" + j + " must be finite and >= 0: " + copy[i][j]);
                }
            }
        }
        return new TravelMatrix(copy);
    }

    public int size() {
        return seconds.length;
    }

    public double time(int from, int to) {
        return seconds[from][to];
    }
}
