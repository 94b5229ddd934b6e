package com.taoshu.bench.vrptw;

import com.taoshu.delivery.solver.Depot;
import com.taoshu.delivery.solver.Problem;
import com.taoshu.delivery.solver.Stop;
import com.taoshu.delivery.solver.TimeWindow;
import com.taoshu.delivery.solver.TravelMatrix;
import com.taoshu.delivery.solver.Vehicle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A Solomon-format VRPTW instance (name, VEHICLE NUMBER/CAPACITY, then one line per node: id x y demand ready due
 * service; node 0 is the depot). Read by tokens, so CRLF, tabs and column drift do not matter.
 */
public record SolomonInstance(String name, int vehicles, int capacity, double[] x, double[] y, int[] demand, double[] ready,
                       double[] due, double[] service) {

    public static SolomonInstance read(Path file) throws IOException {
        List<String> tokens = new ArrayList<>();
        for (String t : Files.readString(file, StandardCharsets.ISO_8859_1).split("\\s+")) {
            if (!t.isEmpty()) {
                tokens.add(t);
            }
        }
        String name = tokens.getFirst();
        int i = indexOf(tokens, "NUMBER", file);
        // after NUMBER comes CAPACITY, then the two values
        while (!isNumber(tokens.get(i))) {
            i++;
        }
        int vehicles = Integer.parseInt(tokens.get(i));
        int capacity = Integer.parseInt(tokens.get(i + 1));
        int j = indexOf(tokens, "CUSTOMER", file);
        while (!isNumber(tokens.get(j))) {
            j++;
        }
        List<double[]> rows = new ArrayList<>();
        for (; j + 6 < tokens.size() && isNumber(tokens.get(j)); j += 7) {
            double[] row = new double[7];
            for (int k = 0; k < 7; k++) {
                row[k] = Double.parseDouble(tokens.get(j + k));
            }
            rows.add(row);
        }
        int n = rows.size();
        double[] x = new double[n];
        double[] y = new double[n];
        int[] demand = new int[n];
        double[] ready = new double[n];
        double[] due = new double[n];
        double[] service = new double[n];
        for (double[] r : rows) {
            int id = (int) r[0];
            if (id < 0 || id >= n) {
                throw new IOException(file + ": node ids must be 0.." + (n - 1) + ", got " + id);
            }
            x[id] = r[1];
            y[id] = r[2];
            demand[id] = (int) r[3];
            ready[id] = r[4];
            due[id] = r[5];
            service[id] = r[6];
        }
        return new SolomonInstance(name, vehicles, capacity, x, y, demand, ready, due, service);
    }

    public int customers() {
        return x.length - 1;
    }

    /** Exact Euclidean distance, the standard convention. */
    public double distance(int a, int b) {
        return Math.hypot(x[a] - x[b], y[a] - y[b]);
    }

    /** DIMACS distance-only convention: every arc truncated to one decimal. */
    double distanceTrunc1(int a, int b) {
        return Math.floor(distance(a, b) * 10) / 10;
    }

    /** Solomon as a Taoshu planning problem: travel time = distance, demand = books handed over, NUMBER couriers. */
    Problem toProblem() {
        int n = x.length;
        double[][] t = new double[n][n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                t[a][b] = distance(a, b);
            }
        }
        TimeWindow horizon = TimeWindow.of(ready[0], due[0]);
        List<Vehicle> fleet = new ArrayList<>();
        for (int v = 0; v < vehicles; v++) {
            fleet.add(Vehicle.of("v" + v, capacity, horizon, "solomon"));
        }
        List<Stop> stops = new ArrayList<>();
        for (int c = 1; c < n; c++) {
            stops.add(Stop.delivery(Integer.toString(c), c, TimeWindow.of(ready[c], due[c]), service[c], demand[c]));
        }
        return Problem.withOneProfile(new Depot(0, horizon), fleet, stops, "solomon", TravelMatrix.ofSeconds(t));
    }

    private static int indexOf(List<String> tokens, String word, Path file) throws IOException {
        int i = tokens.indexOf(word);
        if (i < 0) {
            throw new IOException(file + ": no " + word + " section");
        }
        return i;
    }

    private static boolean isNumber(String s) {
        try {
            Double.parseDouble(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
