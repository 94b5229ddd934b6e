package com.taoshu.delivery.solver;

import com.graphhopper.jsprit.core.algorithm.acceptor.SolutionAcceptor;
import com.graphhopper.jsprit.core.algorithm.listener.IterationStartsListener;
import com.graphhopper.jsprit.core.problem.VehicleRoutingProblem;
import com.graphhopper.jsprit.core.problem.solution.VehicleRoutingProblemSolution;
import com.graphhopper.jsprit.core.util.Solutions;
import java.util.Collection;
import java.util.Iterator;

/**
 * jsprit's threshold acceptance (Schrimpf et al.: accept a worse solution if it is within a threshold that halves
 * every {@code alpha} of the run), scheduled on the clock instead of the iteration count. jsprit's own
 * {@code SchrimpfAcceptance} cools over {@code maxIterations}; when a run stops on time, that count is unknown and,
 * left at "unlimited", the threshold never cools, so the search ends as a random walk 3 % above its best.
 */
final class TimeScheduledAcceptance implements SolutionAcceptor, IterationStartsListener {

    private final double alpha;
    private final double initialShare;
    private final long startNanos;
    private final long deadlineNanos;
    private double initialThreshold = Double.NaN;

    TimeScheduledAcceptance(double alpha, double initialShare, long startNanos, long deadlineNanos) {
        this.alpha = alpha;
        this.initialShare = initialShare;
        this.startNanos = startNanos;
        this.deadlineNanos = Math.max(deadlineNanos, startNanos + 1);
    }

    @Override
    public void informIterationStarts(int i, VehicleRoutingProblem problem, Collection<VehicleRoutingProblemSolution> solutions) {
        if (Double.isNaN(initialThreshold) && !solutions.isEmpty()) {
            initialThreshold = Solutions.bestOf(solutions).getCost() * initialShare;
        }
    }

    double threshold() {
        double progress = Math.min(1.0, (double) (System.nanoTime() - startNanos) / (deadlineNanos - startNanos));
        double start = Double.isNaN(initialThreshold) ? 0 : initialThreshold;
        return start * Math.exp(-Math.log(2) * progress / alpha);
    }

    /** Keeps one current solution: the new one replaces it if not worse than current + threshold. */
    @Override
    public boolean acceptSolution(Collection<VehicleRoutingProblemSolution> solutions, VehicleRoutingProblemSolution candidate) {
        if (solutions.isEmpty()) {
            solutions.add(candidate);
            return true;
        }
        VehicleRoutingProblemSolution worst = null;
        for (VehicleRoutingProblemSolution s : solutions) {
            if (worst == null || s.getCost() > worst.getCost()) {
                worst = s;
            }
        }
        if (candidate.getCost() < worst.getCost() + threshold()) {
            for (Iterator<VehicleRoutingProblemSolution> it = solutions.iterator(); it.hasNext(); ) {
                if (it.next() == worst) {
                    it.remove();
                    break;
                }
            }
            solutions.add(candidate);
            return true;
        }
        return false;
    }
}
