package com.healthpress.markdown;

/** A level-two heading of an article body: its anchor id and its text, as the table of contents lists it. */
public record Section(String id, String title) {
}
