package com.healthpress.article;

/** One question with its answer, shown in the article's FAQ in the order of the list that holds it. */
public record FaqItem(String question, String answer) {
}
