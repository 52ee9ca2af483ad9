package com.healthpress.seo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A page's JSON-LD parsed back, with its top-level graph nodes found by type or by @id. */
record Graph(JsonNode root, List<JsonNode> nodes) {

    static Graph parse(String jsonLd) {
        try {
            JsonNode root = new ObjectMapper().readTree(jsonLd);
            assertEquals("https://schema.org", root.path("@context").asText());
            assertTrue(root.path("@graph").isArray(), "one @graph");
            List<JsonNode> nodes = new ArrayList<>();
            root.path("@graph").forEach(nodes::add);
            return new Graph(root, nodes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> types() {
        return nodes.stream().map(node -> node.path("@type").asText()).toList();
    }

    JsonNode only(String type) {
        List<JsonNode> found = nodes.stream().filter(node -> type.equals(node.path("@type").asText())).toList();
        assertEquals(1, found.size(), "nodes of type " + type);
        return found.get(0);
    }

    Map<String, JsonNode> byId() {
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        for (JsonNode node : nodes) {
            byId.put(node.path("@id").asText(), node);
        }
        return byId;
    }

    /** The graph node a reference such as {@code {"@id": "…#website"}} points to; fails when there is none. */
    JsonNode resolve(JsonNode reference) {
        String id = reference.path("@id").asText();
        JsonNode node = byId().get(id);
        assertTrue(node != null, "no node with @id " + id);
        return node;
    }
}
