package com.taoshu.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The feature packages of library-core as Spring Modulith application modules (docs/architecture.md).
 * <ul>
 *   <li>{@link ApplicationModules#verify()}: no cycle between modules, and no module reaches into another's
 *       internals — only a module's top-level package and the named interfaces it declares ({@code @NamedInterface})
 *       may be used from outside.</li>
 *   <li>The diagrams in {@code docs/modules/} are those of the code (like the API contract): run with
 *       {@code -Dtaoshu.modules.write=true} to rewrite them after a change of module dependencies.</li>
 * </ul>
 */
class ModuleBoundariesTest {

    static final ApplicationModules MODULES = ApplicationModules.of("com.taoshu", new ImportOption.DoNotIncludeTests());
    private static final Path DOCS = Path.of("..", "docs", "modules").toAbsolutePath().normalize();
    private static final boolean WRITE = Boolean.getBoolean("taoshu.modules.write");

    /**
     * Spring Modulith's own verification: no cycle between modules, no use of another module's internals (types
     * outside its top-level package and its named interfaces), no dependency a module does not allow. Failing here
     * means a design error to fix — a port owned by the lower module, an event, or a type moved to its owner — never
     * an exception list (the cycles that were listed in known-cycles.txt until 2026-12-07 are all gone).
     */
    @Test
    void modulesAreVerified() {
        MODULES.verify();
    }

    @Test
    void moduleDiagramsInDocsAreThoseOfTheCode() throws IOException {
        Path generated = Path.of("target", "spring-modulith-docs").toAbsolutePath();
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(generated.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        Map<String, String> now = read(generated);
        if (WRITE) {
            try (Stream<Path> old = Files.exists(DOCS) ? Files.list(DOCS) : Stream.empty()) {
                for (Path p : old.toList()) {
                    Files.delete(p);
                }
            }
            for (Map.Entry<String, String> e : now.entrySet()) {
                Files.writeString(DOCS.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
            }
        }
        Map<String, String> committed = read(DOCS);
        assertThat(committed).as("docs/modules/ is stale: rerun this test with -Dtaoshu.modules.write=true and commit")
                .isEqualTo(now);
    }

    /**
     * The Documenter lists relations and bean references in hash order, different from run to run: each run of
     * {@code Rel(…)}/{@code Component(…)} lines and each AsciiDoc list is sorted, so the files change only with the code.
     */
    static String stable(String text) {
        List<String> lines = List.of(text.replace("\r\n", "\n").split("\n", -1));
        List<String> out = new ArrayList<>();
        List<String> run = new ArrayList<>();
        String kind = null;
        for (String line : lines) {
            String k = line.startsWith("Rel(") ? "rel" : line.startsWith("Component(") ? "component"
                    : line.startsWith("* ") || line.startsWith("|* ") ? "list" : null;
            if (k == null || !k.equals(kind) || (line.startsWith("|* ") && !run.isEmpty())) {
                flush(run, out);
            }
            kind = k;
            if (k != null) {
                run.add(line);
            } else {
                out.add(line);
            }
        }
        flush(run, out);
        return String.join("\n", out);
    }

    private static void flush(List<String> run, List<String> out) {
        if (run.isEmpty()) {
            return;
        }
        boolean tableCell = run.get(0).startsWith("|");
        List<String> sorted = run.stream().map(l -> l.startsWith("|") ? l.substring(1) : l).sorted().collect(Collectors.toList());
        if (tableCell) {
            sorted.set(0, "|" + sorted.get(0));
        }
        out.addAll(sorted);
        run.clear();
    }

    private static Map<String, String> read(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path p : list.filter(Files::isRegularFile).toList()) {
                files.put(p.getFileName().toString(), stable(Files.readString(p, StandardCharsets.UTF_8)));
            }
        }
        return files;
    }
}
