package com.healthpress.admin;

import com.healthpress.article.Article;

/** Two versions of one article: what is stored now (someone else's save) and what this admin tried to save. */
public record EditConflict(Article theirs, Article yours) {
}
