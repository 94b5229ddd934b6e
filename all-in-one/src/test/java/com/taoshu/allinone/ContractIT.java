package com.taoshu.allinone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.taoshu.shared.apidocs.ApiDocsConfig;
import com.taoshu.testsupport.ApiTestBase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The API contract: each client's OpenAPI group ({@code /v3/api-docs/app}, {@code courier}, {@code admin}) must equal
 * the committed {@code contract/openapi-<group>.json}, from which the clients' types are generated. A change of the
 * API shows up as a failing test until the contract is rewritten on purpose:
 * {@code ./mvnw -B -o verify -pl all-in-one -am -Dtest=ContractIT -Dsurefire.failIfNoSpecifiedTests=false
 * -Dtaoshu.contract.write=true}. The file is pretty-printed with keys sorted and without the server's address, so it
 * diffs well.
 */
class ContractIT extends ApiTestBase {

    static final Path CONTRACT = Path.of("..", "contract").toAbsolutePath().normalize();
    private static final List<String> GROUPS = List.of("app", "courier", "admin");
    private static final JsonMapper PRETTY = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @Test
    void eachGroupEqualsItsCommittedContract() throws Exception {
        boolean write = Boolean.getBoolean("taoshu.contract.write");
        List<String> differing = new ArrayList<>();
        for (String group : GROUPS) {
            String actual = canonical(docs("/v3/api-docs/" + group));
            Path file = CONTRACT.resolve("openapi-" + group + ".json");
            if (write) {
                Files.createDirectories(CONTRACT);
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                continue;
            }
            String committed = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
            if (!committed.equals(actual)) {
                differing.add(file + "\n" + firstDifference(committed, actual));
            }
        }
        assertThat(differing)
                .as("the API differs from the committed contract; if the change is meant, rewrite the files with "
                        + "-Dtaoshu.contract.write=true, regenerate the clients' types and commit both")
                .isEmpty();
    }

    @Test
    void everySchemaNameBelongsToOneClassAndNoOperationDocumentsTheCaller() throws Exception {
        String full = docs("/v3/api-docs");
        for (String group : GROUPS) {
            docs("/v3/api-docs/" + group);
        }
        assertThat(ApiDocsConfig.SCHEMA_NAMES.collisions()).as("schema names given to two classes").isEmpty();

        JsonNode root = JSON.readTree(full);
        JsonNode schemas = root.path("components").path("schemas");
        assertThat(schemas.has("AdminAuthLoginRequest")).isTrue();
        assertThat(schemas.path("AdminAuthLoginRequest").path("properties").propertyNames())
                .containsExactlyInAnyOrder("username", "password");
        assertThat(schemas.path("CourierAuthLoginRequest").path("properties").propertyNames())
                .containsExactlyInAnyOrder("phone", "password");
        assertThat(schemas.path("DeliveryAdminDecisionRequest").path("properties").propertyNames()).containsExactly("note");
        assertThat(schemas.path("SuggestionAdminDecisionRequest").path("properties").propertyNames()).containsExactly("reply");
        assertThat(schemas.has("LoginRequest")).isFalse();
        assertThat(schemas.has("DecisionRequest")).isFalse();

        List<String> callerParameters = new ArrayList<>();
        int operations = 0;
        for (Map.Entry<String, JsonNode> path : root.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                operations++;
                for (JsonNode parameter : operation.getValue().path("parameters")) {
                    String name = parameter.path("name").asString();
                    String ref = parameter.path("schema").path("$ref").asString("");
                    if (List.of("reader", "by", "courier", "staff", "principal").contains(name)
                            || ref.endsWith("/ReaderId") || ref.endsWith("/StaffPrincipal")) {
                        callerParameters.add(operation.getKey().toUpperCase() + " " + path.getKey() + " " + name);
                    }
                }
            }
        }
        assertThat(operations).isGreaterThan(100);
        assertThat(callerParameters).as("operations documenting the caller as a parameter").isEmpty();
        assertThat(schemas.has("ReaderId")).isFalse();
        assertThat(schemas.has("StaffPrincipal")).isFalse();
    }

    private String docs(String path) throws Exception {
        var response = mvc.perform(get(path)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    /** Sorted keys, no {@code servers} (MockMvc's address is not the API's), two-space indent, a final newline. */
    static String canonical(String json) {
        ObjectNode root = (ObjectNode) sorted(JSON.readTree(json));
        root.remove("servers");
        return PRETTY.writeValueAsString(root) + "\n";
    }

    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            Map<String, JsonNode> fields = new TreeMap<>();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                fields.put(field.getKey(), sorted(field.getValue()));
            }
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            fields.forEach(copy::set);
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(element -> copy.add(sorted(element)));
            return copy;
        }
        return node;
    }

    /** The first differing line with a little context, so the failure says where to look. */
    private static String firstDifference(String committed, String actual) {
        String[] was = committed.split("\n", -1);
        String[] is = actual.split("\n", -1);
        int line = 0;
        while (line < Math.min(was.length, is.length) && was[line].equals(is[line])) {
            line++;
        }
        StringBuilder hint = new StringBuilder("first difference at line " + (line + 1) + ":\n");
        for (int i = Math.max(0, line - 3); i < Math.min(is.length, line + 4); i++) {
            hint.append(i == line ? "  code>      " : "             ").append(is[i]).append('\n');
        }
        if (line < was.length) {
            hint.append("  committed> ").append(was[line]).append('\n');
        } else {
            hint.append("  committed> (file ends)\n");
        }
        return hint.toString();
    }
}
