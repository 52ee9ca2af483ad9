package com.healthpress.seo.analysis;

import static com.healthpress.seo.analysis.AnalysisArticles.TODAY;
import static com.healthpress.seo.analysis.AnalysisArticles.analyze;
import static com.healthpress.seo.analysis.AnalysisArticles.check;
import static com.healthpress.seo.analysis.Check.Level.FAIL;
import static com.healthpress.seo.analysis.Check.Level.PASS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.article.Article;
import com.healthpress.article.Slugs;
import org.junit.jupiter.api.Test;

/** The article the document format was taken from (src/test/resources/documents/seed.txt), in part. */
class SeedArticleTest {

    private static final String TITLE = "Strategies for Navigating Sex for Back Pain Relief and Emotional Connection";
    private static final String PROFILES = "Effective management of intimacy requires a clear understanding of one’s "
            + "specific pain profile, particularly whether the discomfort is flexion-intolerant or extension-intolerant. "
            + "Flexion-intolerant individuals typically experience increased pain when bending forward or sitting for "
            + "long periods, often associated with disc-related issues. Conversely, those with extension-intolerance "
            + "find that arching the back or standing for extended durations exacerbates symptoms, which is frequently "
            + "linked to facet joint issues or spinal stenosis. In 2026, diagnostic frameworks emphasize that “sex for "
            + "back” health depends entirely on matching positions to these specific biomechanical needs. For instance, "
            + "a flexion-intolerant person will find relief in positions that maintain a neutral or slightly arched "
            + "spine, whereas an extension-intolerant person requires positions that allow for a slight rounding of the "
            + "lower back. Identifying these triggers through professional assessment ensures that physical activity "
            + "remains a source of connection rather than a catalyst for further injury.";
    private static final String FRAMEWORK = "The ultimate goal of managing sex for back health is the integration of "
            + "physical safety with emotional fulfillment. This requires a commitment to a broader wellness routine "
            + "that includes regular low-impact exercise, proper nutrition to support tissue repair, and adequate "
            + "sleep hygiene. In 2026, the medical community recognizes that sexual wellness is not an isolated metric "
            + "but a reflection of overall systemic health.";

    private static Article seed() {
        return Article.builder()
                .title(TITLE)
                .slug("strategies-navigating-sex-back-pain-relief-emotional")
                .metaTitle("Sex for Back Pain: 2026 Guide to Safe Positions & Intimacy")
                .metaDescription("Discover ergonomic positions and psychological strategies for sex for back pain "
                        + "relief. Improve intimacy and manage spinal health with expert advice.")
                .focusKeyword("sex for back")
                .lead("Chronic spinal discomfort often creates a significant barrier to physical intimacy, leading to "
                        + "a complex cycle of avoidance, frustration, and emotional distance between partners. "
                        + "Addressing the intersection of physical ergonomics and psychological well-being is "
                        + "essential for maintaining a healthy relationship while prioritizing long-term recovery and "
                        + "spinal integrity in 2026.")
                .body("## Identifying Pain Profiles to Optimize Movement\n\n" + PROFILES
                        + "\n\n## A Holistic Framework for Long-Term Recovery\n\n" + FRAMEWORK)
                .build();
    }

    @Test
    void seedSlugIsTheTitleWithoutStopWords() {
        assertEquals(seed().slug(), Slugs.fromTitle(TITLE));
    }

    @Test
    void keywordIsFoundInTheMetaTitleAndDescription() {
        assertEquals(PASS, check(seed(), "keyword-in-meta-title").level());
        assertEquals(PASS, check(seed(), "keyword-in-meta-description").level());
    }

    @Test
    void keywordIsFoundInTheSlugWithoutItsStopWord() {
        Check check = check(seed(), "keyword-in-slug");
        assertEquals(PASS, check.level());
        assertEquals("Focus keyword “sex for back” is in the slug as “sex-back”.", check.reason());
    }

    @Test
    void keywordInTypographicQuotesCountsTowardsDensity() {
        String reason = check(seed(), "keyword-density").reason();
        assertTrue(reason.startsWith("Focus keyword “sex for back” appears 2 times"), reason);
    }

    @Test
    void seedLeadDoesNotHoldTheKeyword() {
        assertEquals(FAIL, check(seed(), "keyword-in-lead").level());
    }

    @Test
    void seedProseIsHardForThePublicToRead() {
        assertEquals(FAIL, check(seed(), "reading-ease").level());
    }
}
