package com.healthpress.seo;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The schema.org types and properties Healthpress may emit, from {@code schemaorg-terms.json} (a subset of the
 * schema.org vocabulary), and the check that a JSON-LD tree uses nothing else and nothing outside its domain.
 */
final class SchemaOrgTerms {

    private final JsonNode types;
    private final JsonNode properties;

    private SchemaOrgTerms(JsonNode terms) {
        this.types = terms.path("types");
        this.properties = terms.path("properties");
    }

    static SchemaOrgTerms load() {
        try (InputStream in = SchemaOrgTerms.class.getResourceAsStream("schemaorg-terms.json")) {
            assertNotNull(in, "schemaorg-terms.json on the test class path");
            return new SchemaOrgTerms(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails on the first unknown type, unknown property, or property used on a type outside its domain. */
    void assertUsesOnlyKnownTerms(JsonNode node, String where) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                assertUsesOnlyKnownTerms(node.get(i), where + "[" + i + "]");
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        Set<String> typeAndAncestors = typeAndAncestors(node, where);
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String name = field.getKey();
            if (!name.startsWith("@")) {
                assertTrue(properties.has(name), where + ": " + name + " is not a listed schema.org property");
                if (!typeAndAncestors.isEmpty()) {
                    assertTrue(inDomain(name, typeAndAncestors),
                            where + ": " + name + " is not expected on " + node.path("@type").asText());
                }
            }
            assertUsesOnlyKnownTerms(field.getValue(), where + "." + name);
        }
    }

    private Set<String> typeAndAncestors(JsonNode node, String where) {
        Set<String> all = new HashSet<>();
        if (node.has("@type")) {
            String type = node.path("@type").asText();
            assertTrue(types.has(type), where + ": " + type + " is not a listed schema.org type");
            types.path(type).forEach(ancestor -> all.add(ancestor.asText()));
        }
        return all;
    }

    private boolean inDomain(String property, Set<String> typeAndAncestors) {
        for (JsonNode domain : properties.path(property)) {
            if (typeAndAncestors.contains(domain.asText())) {
                return true;
            }
        }
        return false;
    }
}
