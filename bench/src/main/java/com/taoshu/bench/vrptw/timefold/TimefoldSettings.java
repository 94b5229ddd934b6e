package com.taoshu.bench.vrptw.timefold;

import java.util.Locale;
import java.util.Map;

/**
 * How {@link TimefoldVrptw} configures Timefold. {@code solverDefaults}: no phases configured, the solver picks its
 * construction heuristic and local search. Otherwise: the default construction heuristic, then local search with
 * {@code acceptor} (late acceptance of {@code lateAcceptanceSize}, or one of Timefold's other acceptor names) over
 * list change, list swap, sub-list change and swap (reversing too) and 2-opt moves, plus ruin-and-recreate moves
 * (ruin {@code ruinMin}–{@code ruinMax} visits, recreate by Timefold's construction heuristic) picked with probability weight
 * {@code ruinWeight} against 1 for each other move type (0 = none). Overridable by {@code --set key=value}: acceptor,
 * la_size, ruin_weight, ruin_min, ruin_max.
 */
public record TimefoldSettings(boolean solverDefaults, String acceptor, int lateAcceptanceSize, double ruinWeight, int ruinMin,
                               int ruinMax) {

    /** Timefold's own defaults (no phase configuration). */
    public static TimefoldSettings defaults() {
        return new TimefoldSettings(true, "LATE_ACCEPTANCE", 400, 0, 5, 20);
    }

    /**
     * Late acceptance 100 with ruin-and-recreate weight 5, chosen at 5 s on R101, R201 and RC105 (bench/README.md
     * "Timefold vs jsprit").
     */
    public static TimefoldSettings tuned() {
        return new TimefoldSettings(false, "LATE_ACCEPTANCE", 100, 5, 5, 20);
    }

    public static TimefoldSettings named(String name) {
        return switch (name) {
            case "default" -> defaults();
            case "tuned" -> tuned();
            default -> throw new IllegalArgumentException("Timefold --config default|tuned, not " + name);
        };
    }

    /** These overrides on top (keys as in the class comment); any key set switches off {@code solverDefaults}. */
    public TimefoldSettings with(Map<String, String> set) {
        if (set.isEmpty()) {
            return this;
        }
        String acc = acceptor;
        int laSize = lateAcceptanceSize;
        double weight = ruinWeight;
        int min = ruinMin;
        int max = ruinMax;
        for (var e : set.entrySet()) {
            String v = e.getValue();
            switch (e.getKey()) {
                case "acceptor" -> acc = v.toUpperCase(Locale.ROOT);
                case "la_size" -> laSize = Integer.parseInt(v);
                case "ruin_weight" -> weight = Double.parseDouble(v);
                case "ruin_min" -> min = Integer.parseInt(v);
                case "ruin_max" -> max = Integer.parseInt(v);
                default -> throw new IllegalArgumentException("unknown Timefold setting " + e.getKey()
                        + " (acceptor, la_size, ruin_weight, ruin_min, ruin_max)");
            }
        }
        return new TimefoldSettings(false, acc, laSize, weight, min, max);
    }

    @Override
    public String toString() {
        return solverDefaults ? "Timefold defaults"
                : String.format(Locale.ROOT, "%s size %d, ruin-recreate weight %s (%d-%d visits)", acceptor, lateAcceptanceSize,
                        ruinWeight, ruinMin, ruinMax);
    }
}
