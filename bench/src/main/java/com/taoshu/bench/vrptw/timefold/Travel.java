package com.taoshu.bench.vrptw.timefold;

/** Travel times between Solomon nodes (node 0 = the depot): exact Euclidean distances, travel time = distance. */
public final class Travel {

    static final int DEPOT = 0;

    private final double[][] matrix;

    public Travel(double[][] matrix) {
        this.matrix = matrix;
    }

    double between(int from, int to) {
        return matrix[from][to];
    }
}
