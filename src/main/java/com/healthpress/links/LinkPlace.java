package com.healthpress.links;

/**
 * Where a link to an article would fit: the sentence (its index among the body's sentences), the words to link as
 * [start, end) of its text, how good a fit it is (higher is better) and why, in the editor's words.
 */
record LinkPlace(int sentence, int start, int end, int score, String reason) {
}
