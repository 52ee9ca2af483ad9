package com.healthpress.seo.analysis;

import com.healthpress.article.Article;
import java.util.List;

/** The lengths of the meta title and description, which search engines show in their results and cut when long. */
final class SnippetChecks {

    private static final int TITLE_MIN = 30;
    private static final int TITLE_MAX = 60;
    private static final int DESCRIPTION_MIN = 120;
    private static final int DESCRIPTION_MAX = 160;
    private static final int DESCRIPTION_SHORT = 70;
    private static final int DESCRIPTION_CUT = 200;

    private SnippetChecks() {
    }

    static List<Check> of(Article article) {
        return List.of(metaTitle(article.metaTitle()), metaDescription(article.metaDescription()));
    }

    private static Check metaTitle(String title) {
        int length = Text.length(title);
        if (length == 0) {
            return Rule.META_TITLE_LENGTH.fail("Meta title is empty, so search engines are shown the article title.");
        }
        String measured = characters("Meta title", length);
        if (length < TITLE_MIN) {
            return Rule.META_TITLE_LENGTH.warn(measured + "; aim for 30–60 to use the space in search results.");
        }
        if (length > TITLE_MAX) {
            return Rule.META_TITLE_LENGTH.warn(measured + "; search engines show about 60.");
        }
        return Rule.META_TITLE_LENGTH.pass(measured + ", within 30–60.");
    }

    /** Under 70 characters fails as well as over 200: too short to tell searchers what the page offers. */
    private static Check metaDescription(String description) {
        int length = Text.length(description);
        if (length == 0) {
            return Rule.META_DESCRIPTION_LENGTH.fail(
                    "Meta description is empty, so search engines are shown the start of the lead.");
        }
        String measured = characters("Meta description", length);
        if (length > DESCRIPTION_CUT) {
            return Rule.META_DESCRIPTION_LENGTH.fail(measured + "; search engines cut it after about 155–160.");
        }
        if (length > DESCRIPTION_MAX) {
            return Rule.META_DESCRIPTION_LENGTH.warn(measured + "; search engines show about 155–160.");
        }
        if (length < DESCRIPTION_SHORT) {
            return Rule.META_DESCRIPTION_LENGTH.fail(
                    measured + ", too short to say what the page offers; aim for 120–160.");
        }
        if (length < DESCRIPTION_MIN) {
            return Rule.META_DESCRIPTION_LENGTH.warn(measured + "; aim for 120–160.");
        }
        return Rule.META_DESCRIPTION_LENGTH.pass(measured + ", within 120–160.");
    }

    private static String characters(String field, int length) {
        return field + " is " + Text.count(length, "character", "characters");
    }
}
