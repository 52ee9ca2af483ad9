package com.healthpress.links;

/** A stored link's first words and how often its article links there. */
public record LinkWords(long id, String anchorText, int linkCount) {
}
