package com.healthpress.article;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AuthorTest {

    @Test
    void onlyHttpUrlsCountAsProfileLinks() {
        assertTrue(new Author("A", Author.Kind.Person, "https://example.org/a").hasUrl());
        assertTrue(new Author("A", Author.Kind.Person, "http://example.org").hasUrl());
        assertFalse(new Author("A", Author.Kind.Person, "javascript:alert(1)").hasUrl());
        assertFalse(new Author("A", Author.Kind.Person, " JavaScript:alert(1)").hasUrl());
        assertFalse(new Author("A", Author.Kind.Person, "data:text/html,<script>x</script>").hasUrl());
        assertFalse(new Author("A", Author.Kind.Person, "https://").hasUrl());
        assertFalse(new Author("A", Author.Kind.Person, "").hasUrl());
        assertFalse(new Author("A", Author.Kind.Person, null).hasUrl());
    }
}
