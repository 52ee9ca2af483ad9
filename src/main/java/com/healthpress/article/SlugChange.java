package com.healthpress.article;

import java.time.Instant;

/** An article's or a topic's slug with when readers last saw it change. */
public record SlugChange(String slug, Instant changedAt) {
}
