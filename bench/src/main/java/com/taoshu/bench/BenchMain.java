package com.taoshu.bench;

import java.util.Arrays;

/** Entry point of the bench jar: {@code java -jar bench-exec.jar <benchmark> [options]}. */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.out.println("usage: bench <benchmark> [options]\n  order-submit [--submits 1000] [--copies 100] [--threads 32] [--warmups 10] [--rounds 5] [--db-url JDBC_URL]\n  book-search [--titles 100000] [--queries 1000] [--seed 1] [--db-url JDBC_URL]\n  vrptw INSTANCE_FILE --seconds S --out SOLUTION.json [--bks DISTANCE]");
            System.exit(2);
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        switch (args[0]) {
            case "order-submit" -> OrderSubmitBench.main(rest);
            case "book-search" -> BookSearchBench.main(rest);
            case "reminders" -> ReminderBench.main(rest);
            case "recommend" -> RecommendBench.main(rest);
            case "vrptw" -> com.taoshu.bench.vrptw.VrptwMain.main(rest);
            default -> {
                System.err.println("unknown benchmark " + args[0]);
                System.exit(2);
            }
        }
    }
}
