package com.healthpress.seo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonLdTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "</script><script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "javascript:alert(1)",
            "<!-- comment -->",
            "Tom & Jerry &amp; friends",
            "line\u2028separator\u2029paragraph",
            "quote \" backslash \\ tab \t newline \n"})
    void hostileTextCannotEndTheScriptYetParsesBackExactly(String hostile) throws Exception {
        ObjectNode node = JsonNodeFactory.instance.objectNode().put("text", hostile);
        node.put(hostile, "as a key too");

        String json = JsonLd.scriptSafe(node);

        for (String raw : new String[] {"<", ">", "&", "\u2028", "\u2029"}) {
            assertFalse(json.contains(raw), "raw " + raw + " in " + json);
        }
        JsonNode parsed = new ObjectMapper().readTree(json);
        assertEquals(hostile, parsed.path("text").asText());
        assertEquals("as a key too", parsed.path(hostile).asText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain words", "Ménière’s disease — vertigo", "emoji 💊 pill"})
    void textWithoutSpecialCharactersIsWrittenUnescaped(String text) {
        String json = JsonLd.scriptSafe(JsonNodeFactory.instance.objectNode().put("text", text));

        assertEquals("{\"text\":\"" + text + "\"}", json);
    }
}
