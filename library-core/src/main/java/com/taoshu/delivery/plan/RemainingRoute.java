package com.taoshu.delivery.plan;

import com.taoshu.delivery.solver.TravelMatrix;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a route that has set off still has to do, timed from where the courier is now: the unvisited stops in their
 * order, each with its window, service time and books. Visited stops are not part of it, so nothing here can move
 * them. A stop whose books are not in the bag ({@link Node#viaBranch}: added after the courier set off) is reached
 * through the branch: the courier drops what was collected so far, takes the books ({@link #RELOAD_SECONDS}) and rides
 * on. Times are seconds of the slot's day; location 0 of the matrix is the branch.
 * <p>Feasible means: every stop's service starts inside its window (or, for a stop already late before the change, no
 * later than it was going to), and the bag never holds more than its capacity. Pure: no Spring, no database.
 */
public final class RemainingRoute {

    /** Taking books at the branch on the way (parking, the desk hands the bag over). */
    public static final double RELOAD_SECONDS = 300;
    static final int BRANCH = 0;

    /**
     * One unvisited stop. {@code currentStart} is when its service was going to start before the change (NaN for a
     * new stop): a stop already late may stay as late, never later.
     */
    public record Node(int location, double windowStart, double windowEnd, double service, int deliver, int collect,
                       boolean viaBranch, double currentStart) {

        public Node withViaBranch(boolean via) {
            return new Node(location, windowStart, windowEnd, service, deliver, collect, via, currentStart);
        }
    }

    /** Service start of each node (same order), travel from now back to the branch, and whether it all fits. */
    public record Schedule(boolean feasible, double[] starts, double travelSeconds) {
    }

    /** Where a new stop goes: before the node at {@code position} (size = last), and the route's timing with it. */
    public record Insertion(int position, Node node, Schedule schedule, double extraTravelSeconds) {
    }

    private final TravelMatrix matrix;
    private final int from;
    private final double now;
    private final int capacity;
    private final int collectedInBag;
    private final double latestReturn;

    /**
     * @param from           the courier's location index now (last ping, else the last visited stop, else the branch)
     * @param now            seconds of the day the courier leaves {@code from}
     * @param collectedInBag books collected on this route and not yet brought back to the branch
     * @param latestReturn   end of the courier's shift: back at the branch by then
     */
    public RemainingRoute(TravelMatrix matrix, int from, double now, int capacity, int collectedInBag, double latestReturn) {
        this.matrix = matrix;
        this.from = from;
        this.now = now;
        this.capacity = capacity;
        this.collectedInBag = collectedInBag;
        this.latestReturn = latestReturn;
    }

    public Schedule schedule(List<Node> nodes) {
        double[] starts = new double[nodes.size()];
        boolean feasible = true;
        int inBag = 0;
        for (Node n : nodes) {
            inBag += n.viaBranch() ? 0 : n.deliver();
        }
        int collected = collectedInBag;
        feasible &= inBag + collected <= capacity;
        int at = from;
        double time = now;
        double travel = 0;
        for (int i = 0; i < nodes.size(); i++) {
            Node n = nodes.get(i);
            if (n.viaBranch()) {
                travel += matrix.time(at, BRANCH);
                time += matrix.time(at, BRANCH) + RELOAD_SECONDS;
                at = BRANCH;
                collected = 0;
                inBag += n.deliver();
                feasible &= inBag <= capacity;
            }
            travel += matrix.time(at, n.location());
            double arrival = time + matrix.time(at, n.location());
            double start = Math.max(arrival, n.windowStart());
            boolean onTime = start <= n.windowEnd() + 1e-6
                    || (!Double.isNaN(n.currentStart()) && start <= n.currentStart() + 1e-6);
            feasible &= onTime;
            starts[i] = start;
            time = start + n.service();
            at = n.location();
            inBag -= n.deliver();
            collected += n.collect();
            feasible &= inBag + collected <= capacity;
        }
        travel += matrix.time(at, BRANCH);
        feasible &= time + matrix.time(at, BRANCH) <= latestReturn + 1e-6;
        return new Schedule(feasible, starts, travel);
    }

    /** The cheapest feasible place for a new stop (least extra travel), if there is one. */
    public Optional<Insertion> cheapest(List<Node> nodes, Node added) {
        return best(nodes, added, true);
    }

    /** The cheapest place for a stop a librarian moves here, feasible or not (their call), preferring feasible ones. */
    public Insertion forced(List<Node> nodes, Node added) {
        return best(nodes, added, true).or(() -> best(nodes, added, false)).orElseThrow();
    }

    private Optional<Insertion> best(List<Node> nodes, Node added, boolean feasibleOnly) {
        double before = schedule(nodes).travelSeconds();
        Insertion best = null;
        for (int position = 0; position <= nodes.size(); position++) {
            List<Node> candidate = new ArrayList<>(nodes);
            candidate.add(position, added);
            Schedule s = schedule(candidate);
            if (feasibleOnly && !s.feasible()) {
                continue;
            }
            double extra = s.travelSeconds() - before;
            if (best == null || extra < best.extraTravelSeconds() - 1e-6) {
                best = new Insertion(position, added, s, extra);
            }
        }
        return Optional.ofNullable(best);
    }
}
