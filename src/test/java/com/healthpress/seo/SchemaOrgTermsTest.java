package com.healthpress.seo;

import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The term check itself must catch what it is there to catch, or the JSON-LD test proves nothing. */
class SchemaOrgTermsTest {

    private final SchemaOrgTerms terms = SchemaOrgTerms.load();

    @Test
    void acceptsAKnownPropertyOnItsType() throws Exception {
        terms.assertUsesOnlyKnownTerms(json("{\"@type\":\"Article\",\"headline\":\"H\"}"), "ok");
    }

    @Test
    void rejectsAnUnknownType() throws Exception {
        assertThrows(AssertionError.class,
                () -> terms.assertUsesOnlyKnownTerms(json("{\"@type\":\"MedicalArticle\"}"), "bad"));
    }

    @Test
    void rejectsAnUnknownPropertyEvenNested() throws Exception {
        JsonNode node = json("{\"@type\":\"Article\",\"author\":{\"@type\":\"Person\",\"credential\":\"MD\"}}");

        assertThrows(AssertionError.class, () -> terms.assertUsesOnlyKnownTerms(node, "bad"));
    }

    @Test
    void rejectsAPropertyOutsideItsDomain() throws Exception {
        JsonNode node = json("{\"@type\":\"Person\",\"headline\":\"H\"}");

        assertThrows(AssertionError.class, () -> terms.assertUsesOnlyKnownTerms(node, "bad"));
    }

    private static JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text);
    }
}
