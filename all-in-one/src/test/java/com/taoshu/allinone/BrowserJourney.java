package com.taoshu.allinone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A browser journey of one of the three web apps: a node script in the app's folder driving Debian's Chromium with
 * playwright-core against the running all-in-one app. Where the machine cannot run it (no Chromium, no node, the app's
 * npm packages not installed, its build not packaged because of {@code -Dtaoshu.web.skip=true}) the test is skipped
 * with the reason, as the README says.
 */
final class BrowserJourney {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));

    private final String app;
    private final Path web;

    /** {@code app}: how the skip message names it (e.g. 管理端); {@code web}: the app's folder with its node_modules. */
    BrowserJourney(String app, Path web) {
        this.app = app;
        this.web = web;
    }

    /** Skips the calling test unless Chromium, node, the app's packages and its packaged build ({@code builtIndex}) are there. */
    void assumeRunnable(Class<?> test, String builtIndex) {
        String skip = "跳过" + app + "界面测试：";
        assumeTrue(Files.isExecutable(CHROMIUM), skip + "没有 " + CHROMIUM + "（apt-get install -y chromium）");
        assumeTrue(commandWorks("node", "--version"), skip + "PATH 上没有 node");
        Path playwright = web.resolve("node_modules/playwright-core");
        assumeTrue(Files.isDirectory(playwright), skip + "没有 " + playwright + "（在 " + web + " 运行 npm ci）");
        assumeTrue(test.getResource(builtIndex) != null,
                skip + "jar 里没有构建好的界面（不要带 -Dtaoshu.web.skip=true 构建）");
    }

    /**
     * Runs {@code node script args…} in the app's folder with {@code env} added (and {@code CHROMIUM}), its output in
     * {@code log}; asserts it finished within {@code timeout} and exited 0, and returns the output (also printed).
     */
    String run(String script, List<String> args, Map<String, String> env, Path log, Duration timeout)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("node", script));
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).directory(web.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().putAll(env);
        pb.environment().put("CHROMIUM", CHROMIUM.toString());
        Process node = pb.start();
        boolean finished = node.waitFor(timeout.toSeconds(), TimeUnit.SECONDS);
        if (!finished) {
            node.descendants().forEach(ProcessHandle::destroyForcibly);
            node.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        System.out.println("---- " + app + " e2e (" + script + ") ----\n" + output);
        assertThat(finished).as(script + " finished within " + timeout.toMinutes() + " minutes").isTrue();
        assertThat(node.exitValue()).as(script + " exit code; output:\n" + output).isZero();
        return output;
    }

    private static boolean commandWorks(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
