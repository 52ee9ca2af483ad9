package com.healthpress.importer;

/** One non-blank line of a document's article text, trimmed, with its 1-based line number. */
record TextLine(int number, String text) {
}
