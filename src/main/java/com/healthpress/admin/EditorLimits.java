package com.healthpress.admin;

/** The lengths the editor's counters measure against: what search engines show, and the hard limits. */
public record EditorLimits(int metaTitleShown, int metaDescriptionShown, int metaTitleMax, int metaDescriptionMax) {

    public static final EditorLimits INSTANCE = new EditorLimits(60, 160, ArticleFormValidator.META_TITLE_MAX,
            ArticleFormValidator.META_DESCRIPTION_MAX);
}
