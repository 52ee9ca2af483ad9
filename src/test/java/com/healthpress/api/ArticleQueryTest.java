package com.healthpress.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArticleQueryTest {

    private static ArticleQuery read(Map<String, String> parameters) {
        return ArticleQuery.read(parameters::get);
    }

    private static String wrongParameter(Map<String, String> parameters) {
        return assertThrows(ApiRequestException.class, () -> read(parameters)).parameter();
    }

    @Test
    void nothingGivenIsTheNewestTwenty() {
        ArticleQuery query = read(Map.of());
        assertEquals(20, query.limit());
        assertNull(query.after());
        assertNull(query.updatedSince());
    }

    @Test
    void updatedSinceTakesAnyOffsetAsAnInstant() {
        assertEquals(Instant.parse("2026-11-30T23:00:00Z"),
                read(Map.of("updated_since", "2026-12-01T01:00:00+02:00")).updatedSince());
    }

    @Test
    void aCursorIsReadBackOnlyInTheOrderThatGaveIt() {
        ArticleQuery published = read(Map.of());
        String cursor = published.cursorAfter(Instant.parse("2026-03-02T08:15:30Z"), 42);

        assertEquals(42, read(Map.of("cursor", cursor)).after().id());
        assertEquals("cursor", wrongParameter(Map.of("cursor", cursor, "updated_since", "2026-01-01T00:00:00Z")));
    }

    @Test
    void eachWrongValueNamesItsParameter() {
        assertEquals("limit", wrongParameter(Map.of("limit", "0")));
        assertEquals("limit", wrongParameter(Map.of("limit", "101")));
        assertEquals("limit", wrongParameter(Map.of("limit", "ten")));
        assertEquals("updated_since", wrongParameter(Map.of("updated_since", "2026-12-01")));
        assertEquals("cursor", wrongParameter(Map.of("cursor", "p-not-a-cursor")));
        assertEquals("author", wrongParameter(Map.of("topic", "sleep", "author", "ana")));
    }

    @Test
    void topicAndAuthorTogetherAreFineAmongChanges() {
        ArticleQuery query = read(Map.of("topic", "sleep", "author", "ana", "updated_since", "2026-01-01T00:00:00Z"));
        assertEquals("sleep", query.topic());
        assertEquals("ana", query.author());
    }
}
