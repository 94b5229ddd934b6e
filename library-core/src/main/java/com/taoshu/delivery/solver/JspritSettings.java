package com.taoshu.delivery.solver;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How {@link JspritRouteSolver} runs jsprit: worker threads, an optional iteration cap (tests; production stops on
 * time), the per-courier tie-break cost that makes "fewer couriers" the second objective, and jsprit algorithm
 * properties (strategy weights, ruin shares, construction; keys as {@code Jsprit.Parameter}/{@code Jsprit.Strategy}
 * print them). {@link #tuned()} is the configuration chosen on the Solomon benchmark (bench/README.md).
 */
public record JspritSettings(int threads, int maxIterations, double vehicleTieBreakCost, Map<String, String> properties) {

    public JspritSettings {
        if (threads < 1 || maxIterations < 1 || !(vehicleTieBreakCost >= 0)) {
            throw new IllegalArgumentException("threads and maxIterations must be >= 1, tie-break cost >= 0");
        }
        properties = Map.copyOf(properties);
    }

    /** jsprit's own defaults, one thread per core, stopping on time only. */
    public static JspritSettings defaults() {
        return new JspritSettings(Runtime.getRuntime().availableProcessors(), Integer.MAX_VALUE, 1e-3, Map.of());
    }

    /**
     * The benchmark-chosen configuration (bench/README.md has the measurements). Against jsprit's defaults, tuned for
     * runs of seconds rather than thousands of iterations: small ruins (5–20 stops instead of up to half of them, so
     * ~5x more iterations), string removal (SISR-style, up to 4 strings of 2–10 stops) as the main move, fast regret,
     * and a lower, slower-cooling acceptance threshold (2 % of the first cost, halving every 30 % of the time).
     */
    public static JspritSettings tuned() {
        Map<String, String> p = new LinkedHashMap<>();
        for (String ruin : new String[] {"random_regret", "random_best", "radial", "worst", "cluster"}) {
            p.put(ruin + ".min_share", "5");
            p.put(ruin + ".max_share", "20");
        }
        p.put("string_kmin", "1");
        p.put("string_kmax", "4");
        p.put("string_lmin", "2");
        p.put("string_lmax", "10");
        p.put("string_regret", "2.0");
        p.put("string_best", "2.0");
        p.put("worst_regret", "0.5");
        p.put("cluster_regret", "0.5");
        p.put("regret.fast", "true");
        p.put("threshold.alpha", "0.3");
        p.put("threshold.ini", "0.02");
        return defaults().with(p);
    }

    public JspritSettings withThreads(int n) {
        return new JspritSettings(n, maxIterations, vehicleTieBreakCost, properties);
    }

    public JspritSettings withMaxIterations(int n) {
        return new JspritSettings(threads, n, vehicleTieBreakCost, properties);
    }

    /** These properties on top of the current ones (same key: the new value wins). */
    public JspritSettings with(Map<String, String> more) {
        Map<String, String> merged = new LinkedHashMap<>(properties);
        merged.putAll(more);
        return new JspritSettings(threads, maxIterations, vehicleTieBreakCost, merged);
    }
}
