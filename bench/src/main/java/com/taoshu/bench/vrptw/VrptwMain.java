package com.taoshu.bench.vrptw;

import com.taoshu.bench.vrptw.timefold.TimefoldSettings;
import com.taoshu.bench.vrptw.timefold.TimefoldVrptw;
import com.taoshu.delivery.solver.JspritRouteSolver;
import com.taoshu.delivery.solver.JspritSettings;
import com.taoshu.delivery.solver.Problem;
import com.taoshu.delivery.solver.Solution;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.LoggerFactory;

/**
 * Route-planning benchmark entry (DESIGN.md "Route-planning benchmark entry"), launched by {@code bench/vrptw}:
 * <pre>
 *   vrptw INSTANCE_FILE --seconds S --out SOLUTION.json [--bks DISTANCE] [--solver jsprit|timefold] [--config tuned|default]
 *         [--threads N] [--set key=value]...
 *   vrptw --day [--seconds 5] [--seed 1] [--stops 200] [--couriers 10] [--out SOLUTION.json]
 *   vrptw --replan-day [--seconds 5] [--seed 1] [--stops 200] [--couriers 10] [--iterations N --threads 1]
 * </pre>
 * Solves with the production {@link JspritRouteSolver}, or with {@code --solver timefold} with the bench-only Timefold
 * model ({@link TimefoldVrptw}; {@code --config} and {@code --set} then mean {@link TimefoldSettings}). Solomon: prints
 * {@code vehicles=… distance=… gap=…% seconds=… distance_trunc1=…}; the gap is against a distance-only best-known
 * value with every arc truncated to one decimal. {@code --day}: a realistic Taoshu slot ({@link RealisticDay});
 * {@code --replan-day}: that slot with stops arriving after set-off and failing at the door ({@link ReplanDay}).
 */
public final class VrptwMain {

    private VrptwMain() {
    }

    public static void main(String[] args) throws Exception {
        quietSolverLogs();
        Map<String, String> opts = new LinkedHashMap<>();
        Map<String, String> sets = new LinkedHashMap<>();
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--day")) {
                opts.put("day", "true");
            } else if (a.equals("--replan-day")) {
                opts.put("replan-day", "true");
            } else if (a.equals("--set")) {
                String[] kv = args[++i].split("=", 2);
                sets.put(kv[0], kv[1]);
            } else if (a.startsWith("--")) {
                opts.put(a.substring(2), args[++i]);
            } else {
                positional.add(a);
            }
        }
        JspritSettings settings = "default".equals(opts.get("config")) ? JspritSettings.defaults() : JspritSettings.tuned();
        if (opts.containsKey("threads")) {
            settings = settings.withThreads(Integer.parseInt(opts.get("threads")));
        }
        settings = settings.with(sets);
        if (opts.containsKey("iterations")) { // an iteration cap instead of the clock: the same plan under any load
            settings = new JspritSettings(settings.threads(), Integer.parseInt(opts.get("iterations")),
                    settings.vehicleTieBreakCost(), settings.properties());
        }
        double seconds = Double.parseDouble(opts.getOrDefault("seconds", "5"));
        Duration limit = Duration.ofMillis((long) (seconds * 1000));

        String solverName = opts.getOrDefault("solver", "jsprit");
        if (opts.containsKey("replan-day")) {
            ReplanDay.run(settings, limit, Long.parseLong(opts.getOrDefault("seed", "1")),
                    Integer.parseInt(opts.getOrDefault("stops", "200")), Integer.parseInt(opts.getOrDefault("couriers", "10")));
            return;
        }
        if (opts.containsKey("day")) {
            if (!solverName.equals("jsprit")) {
                throw new IllegalArgumentException("--day runs the production solver (jsprit) only");
            }
            RealisticDay.run(settings, limit, Long.parseLong(opts.getOrDefault("seed", "1")),
                    Integer.parseInt(opts.getOrDefault("stops", "200")), Integer.parseInt(opts.getOrDefault("couriers", "10")),
                    opts.get("out"));
            return;
        }
        if (positional.size() != 1 || !opts.containsKey("out")) {
            System.err.println("usage: vrptw INSTANCE_FILE --seconds S --out SOLUTION.json [--bks DISTANCE] [--solver jsprit|timefold]"
                    + " [--config tuned|default] [--threads N] [--set key=value]...\n       vrptw --day [--seconds 5] [--seed 1] [--stops 200] [--couriers 10]"
                    + "\n       vrptw --replan-day [--seconds 5] [--seed 1] [--stops 200] [--couriers 10]");
            System.exit(2);
        }
        SolomonInstance instance = SolomonInstance.read(Path.of(positional.getFirst()));

        long started = System.nanoTime();
        List<List<Integer>> routes;
        int unassigned;
        String extra = "";
        Duration notCharged = Duration.ZERO;
        switch (solverName) {
            case "jsprit" -> {
                Problem problem = instance.toProblem();
                Solution solution = new JspritRouteSolver(settings).solve(problem, limit);
                routes = solution.routes().stream().map(r -> r.stopIds().stream().map(Integer::parseInt).toList()).toList();
                unassigned = solution.unassigned().size();
            }
            case "timefold" -> {
                TimefoldSettings tf = TimefoldSettings.named(opts.getOrDefault("config", "tuned")).with(sets);
                TimefoldVrptw.Result result = TimefoldVrptw.solve(instance, tf, limit);
                routes = result.routes();
                unassigned = result.unassigned();
                notCharged = result.factoryTime();
                extra = String.format(Locale.ROOT, " score=%s factory_seconds=%.2f", result.score(), notCharged.toNanos() / 1e9);
            }
            default -> throw new IllegalArgumentException("--solver jsprit|timefold, not " + solverName);
        }
        double took = (System.nanoTime() - started - notCharged.toNanos()) / 1e9;

        double distance = 0;
        double trunc1 = 0;
        for (List<Integer> ids : routes) {
            int at = 0;
            for (int c : ids) {
                distance += instance.distance(at, c);
                trunc1 += instance.distanceTrunc1(at, c);
                at = c;
            }
            distance += instance.distance(at, 0);
            trunc1 += instance.distanceTrunc1(at, 0);
        }
        Files.writeString(Path.of(opts.get("out")), toJson(routes), StandardCharsets.UTF_8);
        String gap = opts.containsKey("bks")
                ? String.format(Locale.ROOT, "%.2f", (trunc1 - Double.parseDouble(opts.get("bks"))) / Double.parseDouble(opts.get("bks")) * 100)
                : "n/a";
        System.out.printf(Locale.ROOT, "vehicles=%d distance=%.4f gap=%s%% seconds=%.2f distance_trunc1=%.1f unassigned=%d%s%n",
                routes.size(), distance, gap, took, trunc1, unassigned, extra);
    }

    static String toJson(List<List<Integer>> routes) {
        StringBuilder b = new StringBuilder("{\"routes\": [");
        for (int i = 0; i < routes.size(); i++) {
            b.append(i == 0 ? "" : ", ").append(routes.get(i).toString());
        }
        return b.append("]}\n").toString();
    }

    /**
     * Outside Spring nothing configures logback, whose default is DEBUG on stdout: jsprit would log every iteration.
     * VRPTW_VERBOSE=1 in the environment keeps the solver's INFO lines (jsprit: iterations done, cost; Timefold: phases,
     * move evaluation speed).
     */
    static void quietSolverLogs() {
        if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(ch.qos.logback.classic.Level.WARN);
            if (System.getenv("VRPTW_VERBOSE") != null) {
                ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("com.taoshu")).setLevel(ch.qos.logback.classic.Level.INFO);
                ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("ai.timefold.solver")).setLevel(ch.qos.logback.classic.Level.INFO);
            }
        }
    }
}
