package com.healthpress.admin;

import com.healthpress.article.Slugs;

/**
 * The lengths the editor measures against: what search engines show (for the counters), and the limits that
 * {@link ArticleFormValidator} enforces, which the form repeats as {@code maxlength} attributes.
 */
public record EditorLimits(int metaTitleShown, int metaDescriptionShown, int metaTitleMax, int metaDescriptionMax,
                           int titleMax, int slugMax, int focusKeywordMax, int leadMax, int bodyMax, int topicMax,
                           int nameMax, int urlMax, int questionMax, int answerMax, int referenceTitleMax) {

    public static final EditorLimits INSTANCE = new EditorLimits(60, 160, ArticleFormValidator.META_TITLE_MAX,
            ArticleFormValidator.META_DESCRIPTION_MAX, ArticleFormValidator.TITLE_MAX, Slugs.MAX_LENGTH,
            ArticleFormValidator.KEYWORD_MAX, ArticleFormValidator.LEAD_MAX, ArticleFormValidator.BODY_MAX,
            ArticleFormValidator.TOPIC_MAX, ArticleFormValidator.NAME_MAX, ArticleFormValidator.URL_MAX,
            ArticleFormValidator.QUESTION_MAX, ArticleFormValidator.ANSWER_MAX,
            ArticleFormValidator.REFERENCE_TITLE_MAX);
}
