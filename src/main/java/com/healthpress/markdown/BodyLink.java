package com.healthpress.markdown;

/** A link in an article body: where it points, as written, and its words as a reader sees them. */
public record BodyLink(String destination, String text) {
}
