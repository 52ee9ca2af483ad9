package com.healthpress.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A JSON value read from a document that knows where it stood, so that problems with it can name their line.
 * Navigating to a field that is not there gives an absent value positioned at its nearest present parent.
 */
final class SourcedJson {

    /** Where each value of one JSON text began, keyed by JSON pointer. */
    record Locations(SourceText source, Map<String, Integer> offsets, int rootOffset) {
    }

    private static final SourcedJson ABSENT = new SourcedJson(MissingNode.getInstance(), "",
            new Locations(SourceText.of(""), Map.of(), 0));

    private final JsonNode node;
    private final String pointer;
    private final Locations locations;

    SourcedJson(JsonNode node, String pointer, Locations locations) {
        this.node = node;
        this.pointer = pointer;
        this.locations = locations;
    }

    static SourcedJson absent() {
        return ABSENT;
    }

    SourcedJson get(String field) {
        return new SourcedJson(node.path(field), pointer + "/" + field.replace("~", "~0").replace("/", "~1"),
                locations);
    }

    /** The elements of an array, a single present value as a list of one, nothing for an absent value. */
    List<SourcedJson> items() {
        if (node.isArray()) {
            List<SourcedJson> items = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                items.add(new SourcedJson(node.get(i), pointer + "/" + i, locations));
            }
            return items;
        }
        return isAbsent() ? List.of() : List.of(this);
    }

    boolean isAbsent() {
        return node.isMissingNode() || node.isNull();
    }

    boolean isObject() {
        return node.isObject();
    }

    /** Whether its {@code @type} is, or lists, the given type. */
    boolean hasType(String type) {
        JsonNode types = node.path("@type");
        if (types.isArray()) {
            for (JsonNode each : types) {
                if (type.equals(each.asText())) {
                    return true;
                }
            }
            return false;
        }
        return type.equals(types.asText());
    }

    /** The {@code @type} (the first one when it lists several), or "" when there is none. */
    String type() {
        JsonNode types = node.path("@type");
        return types.isArray() ? types.path(0).asText("") : types.asText("");
    }

    /** Its text with surrounding spaces trimmed; empty when absent, null or blank; an error when not text. */
    Optional<String> text() throws ImportException {
        if (isAbsent()) {
            return Optional.empty();
        }
        if (!node.isTextual()) {
            throw error("expected text for " + describe());
        }
        String text = Characters.trim(node.asText());
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /** A whole number's digits, else as {@link #text()}: for values documents write either way, such as a year. */
    Optional<String> textOrWholeNumber() throws ImportException {
        return node.isIntegralNumber() ? Optional.of(node.asText()) : text();
    }

    /** Its object, or an error when it is present but not an object. */
    SourcedJson requireObjectIfPresent() throws ImportException {
        if (!isAbsent() && !isObject()) {
            throw error("expected a JSON object for " + describe());
        }
        return this;
    }

    int line() {
        return locations.source().lineOf(offset());
    }

    int column() {
        return locations.source().columnOf(offset());
    }

    ImportException error(String problem) {
        return locations.source().errorAt(offset(), problem);
    }

    /** "\"headline\"" for a field, "item 2 of \"mainEntity\"" for an array element. */
    String describe() {
        int slash = pointer.lastIndexOf('/');
        if (slash < 0) {
            return "the JSON value";
        }
        String last = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
        if (last.matches("[0-9]{1,9}")) {
            String parent = pointer.substring(0, slash);
            String parentName = parent.substring(parent.lastIndexOf('/') + 1);
            return "item " + (Integer.parseInt(last) + 1) + " of \"" + parentName + "\"";
        }
        return "\"" + last + "\"";
    }

    private int offset() {
        String at = pointer;
        while (!at.isEmpty()) {
            Integer offset = locations.offsets().get(at);
            if (offset != null) {
                return offset;
            }
            at = at.substring(0, at.lastIndexOf('/'));
        }
        return locations.rootOffset();
    }
}
