package com.healthpress.api.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.healthpress.MutableClock;
import com.healthpress.TestApp;
import com.healthpress.TestArticles;
import com.healthpress.TestDatabases;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI description against the running API: every example in it is the answer the API gives to the example's
 * request (x-request; x-key "none" sends no key; x-repeat asks that many times first), on a fixed clock and the
 * demo content plus one test article, and every answer fits the response's schema.
 *
 * <p>After a change to the API, {@code -Dhealthpress.api.writeExamples=true} writes the answers into the description
 * as its examples (src/main/resources/api/openapi.json); review the difference before committing it.
 */
class ApiDescriptionTest {

    static final Instant FIXED = Instant.parse("2026-12-01T09:00:00Z");
    /** Where the examples say the site is, for the test app's random address. */
    static final String EXAMPLE_SITE = "https://health.example.com";
    private static final Path SOURCE = Path.of("src/main/resources/api/openapi.json");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final boolean WRITE = Boolean.getBoolean("healthpress.api.writeExamples");

    private static MutableClock clock;
    private static TestApp app;
    private static ApiClient api;

    @BeforeAll
    static void start() throws IOException {
        clock = new MutableClock(FIXED);
        app = TestApp.startWith(Files.createTempDirectory("healthpress-api"), TestDatabases.fresh(), clock,
                Map.of("API_RATE_LIMIT", "2"));
        app.articles().create(TestArticles.published("Sleep hygiene basics", FIXED.minusSeconds(86_400)));
        api = new ApiClient(app);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static JsonNode description() {
        try (InputStream in = ApiDescriptionTest.class.getResourceAsStream("/api/openapi.json")) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One example of one response: where it is in the description, its request and the response's schema. */
    record Example(String where, String status, JsonNode example, JsonNode schema) {
    }

    private static List<Example> examples(JsonNode description) {
        List<Example> found = new ArrayList<>();
        description.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op ->
                op.getValue().get("responses").fields().forEachRemaining(response ->
                        response.getValue().path("content").fields().forEachRemaining(type ->
                                type.getValue().path("examples").fields().forEachRemaining(example ->
                                        found.add(new Example(op.getKey().toUpperCase() + " " + path.getKey() + " "
                                                + response.getKey() + " " + example.getKey(), response.getKey(),
                                                example.getValue(), type.getValue().get("schema"))))))));
        return found;
    }

    @Test
    void everyExampleIsTheAnswerTheApiGivesAndFitsItsSchema() throws IOException {
        JsonNode description = description();
        List<Example> examples = examples(description);
        assertTrue(examples.size() >= 10, "examples found: " + examples.size());
        List<String> differences = new ArrayList<>();
        for (Example example : examples) {
            HttpResponse<String> response = ask(example.example());
            assertEquals(example.status(), String.valueOf(response.statusCode()), example.where());
            JsonNode answer = JSON.readTree(response.body().replace(app.url(""), EXAMPLE_SITE));
            assertFits(description, example.schema(), answer, example.where());
            if (WRITE) {
                ((ObjectNode) example.example()).set("value", answer);
            } else if (!answer.equals(example.example().get("value"))) {
                differences.add(example.where() + ":\n  described: " + example.example().get("value")
                        + "\n  answered:  " + answer);
            }
        }
        if (WRITE) {
            Files.writeString(SOURCE, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(description) + "\n");
        }
        assertTrue(differences.isEmpty(), "examples that are not what the API answers (run with "
                + "-Dhealthpress.api.writeExamples=true to write them):\n" + String.join("\n", differences));
    }

    private static HttpResponse<String> ask(JsonNode example) {
        String request = example.get("x-request").asText();
        boolean keyless = "none".equals(example.path("x-key").asText());
        String key = keyless ? null : api.newKey(clock);
        for (int i = 0; i < example.path("x-repeat").asInt(0); i++) {
            api.get(request, key);
        }
        return api.get(request, key);
    }

    @Test
    void theDescriptionNamesEveryRouteOfTheApiAndNoOther() {
        TreeSet<String> described = new TreeSet<>();
        description().get("paths").fieldNames().forEachRemaining(described::add);
        TreeSet<String> served = new TreeSet<>();
        app.routes().forEach(route -> {
            if (route.endpoint.path.startsWith("/api/v1/") && route.endpoint.method.name().equals("GET")) {
                served.add(route.endpoint.path);
            }
        });
        assertEquals(served, described);
    }

    @Test
    void everyReferenceInTheDescriptionResolves() {
        JsonNode description = description();
        List<String> broken = new ArrayList<>();
        collectRefs(description, ref -> {
            if (!ref.startsWith("#/") || description.at(ref.substring(1)).isMissingNode()) {
                broken.add(ref);
            }
        });
        assertTrue(broken.isEmpty(), broken.toString());
        assertEquals("3.1.0", description.get("openapi").asText());
    }

    private static void collectRefs(JsonNode node, java.util.function.Consumer<String> refs) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getKey().equals("$ref")) {
                    refs.accept(field.getValue().asText());
                } else {
                    collectRefs(field.getValue(), refs);
                }
            }
        } else if (node.isArray()) {
            node.forEach(item -> collectRefs(item, refs));
        }
    }

    @Test
    void theSchemasRefuseAnAnswerMissingARequiredField() {
        JsonNode description = description();
        JsonNode schema = JSON.createObjectNode().put("$ref", "#/components/schemas/Topic");
        ObjectNode topic = JSON.createObjectNode().put("slug", "sleep").put("name", "Sleep");
        assertFalse(errors(description, schema, topic).isEmpty(), "a topic without its addresses must not fit");
    }

    /** Fails unless the answer fits the schema, with the schema's own errors. */
    static void assertFits(JsonNode description, JsonNode schema, JsonNode answer, String where) {
        List<String> errors = errors(description, schema, answer);
        assertTrue(errors.isEmpty(), where + " does not fit its schema: " + errors);
    }

    private static List<String> errors(JsonNode description, JsonNode schema, JsonNode answer) {
        ObjectNode wrapper = JSON.createObjectNode();
        wrapper.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        wrapper.setAll((ObjectNode) schema.deepCopy());
        wrapper.set("components", description.get("components"));
        Schema compiled = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(wrapper.toString(), InputFormat.JSON);
        return compiled.validate(answer.toString(), InputFormat.JSON).stream().map(Object::toString).toList();
    }
}
