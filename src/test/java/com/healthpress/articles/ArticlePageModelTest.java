package com.healthpress.articles;

import com.healthpress.TestArticles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.article.Article;
import com.healthpress.markdown.MarkdownRenderer;
import com.healthpress.seo.PageMeta;
import com.healthpress.seo.SeoPages;
import com.healthpress.seo.StructuredData;
import com.healthpress.site.Site;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The editor's preview is the article page's own model with the preview's flags, nothing rebuilt beside it. */
class ArticlePageModelTest {

    private static final Site SITE = new Site("Healthpress Test", "https://health.example.org");

    private final ArticlePageModel model =
            new ArticlePageModel(new SeoPages(SITE, new StructuredData(SITE)), new MarkdownRenderer());
    private final Article article = TestArticles.published("Previewed like read",
            Instant.parse("2026-03-02T08:15:30Z")).toBuilder().id(7).body("## A section\n\nSome text.").build();

    @Test
    void thePreviewIsTheReadersPageKeptOutOfSearchEnginesWithoutRelatedArticles() {
        Map<String, Object> read = model.forReaders(article, List.of(), List.of());
        Map<String, Object> preview = model.forPreview(article);

        PageMeta readMeta = (PageMeta) read.get("meta");
        PageMeta previewMeta = (PageMeta) preview.get("meta");
        assertTrue(readMeta.indexable());
        assertFalse(previewMeta.indexable());
        assertEquals(readMeta, new PageMeta(previewMeta.title(), previewMeta.description(), previewMeta.canonicalUrl(),
                true, previewMeta.openGraphType(), previewMeta.imageUrl(), previewMeta.breadcrumbs(),
                previewMeta.jsonLd()));
        assertEquals(true, preview.get("preview"));
        Map<String, Object> rest = new HashMap<>(preview);
        rest.remove("meta");
        rest.remove("preview");
        Map<String, Object> readRest = new HashMap<>(read);
        readRest.remove("meta");
        assertEquals(readRest.keySet(), rest.keySet());
        assertEquals(read.get("article"), rest.get("article"));
        assertEquals(read.get("body"), rest.get("body"));
        assertEquals(List.of(), rest.get("related"));
    }
}
