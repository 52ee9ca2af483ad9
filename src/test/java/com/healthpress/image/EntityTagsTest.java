package com.healthpress.image;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EntityTagsTest {

    @Test
    void matchesTheTagWeaklyInAListOrAnyTag() {
        assertTrue(EntityTags.anyMatches("\"abc\"", "abc"));
        assertTrue(EntityTags.anyMatches("W/\"abc\"", "abc"));
        assertTrue(EntityTags.anyMatches("\"x\", \"abc\"", "abc"));
        assertTrue(EntityTags.anyMatches("*", "abc"));
    }

    @Test
    void noHeaderOtherTagsOrUnquotedTagsDoNotMatch() {
        assertFalse(EntityTags.anyMatches(null, "abc"));
        assertFalse(EntityTags.anyMatches("", "abc"));
        assertFalse(EntityTags.anyMatches("\"abcd\"", "abc"));
        assertFalse(EntityTags.anyMatches("abc", "abc"));
    }
}
