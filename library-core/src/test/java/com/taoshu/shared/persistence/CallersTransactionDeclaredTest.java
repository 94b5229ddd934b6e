package com.taoshu.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A method whose documentation says it runs "in the caller's transaction" must refuse to run without one (issue 21,
 * part 4): it declares {@code @Transactional(propagation = Propagation.MANDATORY)} or, on the order-submit hot path,
 * calls {@link CallersTransaction#require()} first. Read from the sources, like the status-literal check.
 */
class CallersTransactionDeclaredTest {

    @Test
    void everyMethodDocumentedAsRunningInTheCallersTransactionEnforcesIt() throws IOException {
        List<String> loose = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                loose.addAll(loose(file));
            }
        }
        assertThat(loose).as("documented as running in the caller's transaction, but nothing enforces it").isEmpty();
    }

    /** {@code file:line: declaration} of each such method that neither declares MANDATORY nor calls require(). */
    static List<String> loose(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.contains("caller's transaction") && !line.contains("caller’s transaction")) {
                continue;
            }
            int j = i + 1;
            while (j < lines.size() && (lines.get(j).strip().startsWith("*") || lines.get(j).strip().startsWith("/"))) {
                j++;
            }
            boolean mandatory = false;
            while (j < lines.size() && lines.get(j).strip().startsWith("@")) {
                mandatory |= lines.get(j).contains("Propagation.MANDATORY");
                j++;
            }
            if (j >= lines.size()) {
                continue;
            }
            String declaration = lines.get(j).strip();
            boolean method = declaration.contains("(") && !declaration.contains(" class ") && !declaration.contains("record ")
                    && !declaration.startsWith("return") && !declaration.contains(" = ") && !declaration.contains(";");
            String body = String.join("\n", lines.subList(j, Math.min(lines.size(), j + 4)));
            if (method && !mandatory && !body.contains("CallersTransaction.require()")) {
                out.add(file + ":" + (j + 1) + ": " + declaration);
            }
        }
        return out;
    }
}
