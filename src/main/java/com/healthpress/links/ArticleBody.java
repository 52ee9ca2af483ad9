package com.healthpress.links;

/** An article's id and Markdown body, as the link index reads them. */
public record ArticleBody(long id, String body) {
}
