package com.healthpress.links;

import java.time.Instant;

/** A public article the search index found for a suggestion, with the words a link to it would match. */
public record SuggestionCandidate(long id, String slug, String title, String focusKeyword, Instant publishedAt) {
}
