package com.healthpress.seo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The only way the app writes JSON-LD: serialised by Jackson, then made safe to place inside a script element. */
public final class JsonLd {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonLd() {
    }

    /**
     * The node as JSON with no {@code <}, {@code >} or {@code &} (so neither {@code </script>} nor
     * {@code <!--} can appear) and no U+2028/U+2029 (line terminators to older JavaScript parsers). Outside
     * strings Jackson only writes ASCII punctuation, so these characters can only be inside strings, where
     * the JSON escapes mean exactly the same text.
     */
    public static String scriptSafe(JsonNode node) {
        String json;
        try {
            json = MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree could not be serialised", e);
        }
        StringBuilder safe = new StringBuilder(json.length() + 32);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> safe.append("\\u003c");
                case '>' -> safe.append("\\u003e");
                case '&' -> safe.append("\\u0026");
                case '\u2028' -> safe.append("\\u2028");
                case '\u2029' -> safe.append("\\u2029");
                default -> safe.append(c);
            }
        }
        return safe.toString();
    }
}
