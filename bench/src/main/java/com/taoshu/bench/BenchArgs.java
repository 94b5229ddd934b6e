package com.taoshu.bench;

/** The benchmarks' command-line options: {@code --name value} pairs, a default when the option is absent. */
final class BenchArgs {

    private BenchArgs() {
    }

    static int intArg(String[] args, String name, int fallback) {
        String v = stringArg(args, name, null);
        return v == null ? fallback : Integer.parseInt(v);
    }

    static String stringArg(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
