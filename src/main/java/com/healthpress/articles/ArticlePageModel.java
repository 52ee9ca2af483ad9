package com.healthpress.articles;

import com.healthpress.article.Article;
import com.healthpress.article.ArticleSummary;
import com.healthpress.article.PublicChange;
import com.healthpress.markdown.MarkdownRenderer;
import com.healthpress.seo.PageMeta;
import com.healthpress.seo.SeoPages;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The model of the article page ({@code article/show}), for readers and for the editor's preview alike. */
public final class ArticlePageModel {

    private final SeoPages seo;
    private final MarkdownRenderer markdown;

    public ArticlePageModel(SeoPages seo, MarkdownRenderer markdown) {
        this.seo = seo;
        this.markdown = markdown;
    }

    /**
     * What readers see: the article with its rendered body, its meta, the related articles it links to and its
     * public history (publication, updates and corrections, newest first).
     */
    public Map<String, Object> forReaders(Article article, List<ArticleSummary> related, List<PublicChange> history) {
        Map<String, Object> model = new HashMap<>();
        model.put("meta", seo.article(article));
        model.put("article", article);
        model.put("body", markdown.render(article.body(), article.references().size()));
        model.put("related", related);
        model.put("history", history);
        return model;
    }

    /**
     * The page as readers would see it, for an article that may never have been saved: kept out of search engines,
     * without related articles (they depend on what is published), and marked as a preview.
     */
    public Map<String, Object> forPreview(Article article) {
        Map<String, Object> model = forReaders(article, List.of(), List.of());
        PageMeta meta = (PageMeta) model.get("meta");
        model.put("meta", new PageMeta(meta.title(), meta.description(), meta.canonicalUrl(), false,
                meta.openGraphType(), meta.imageUrl(), meta.breadcrumbs(), meta.jsonLd()));
        model.put("preview", true);
        return model;
    }
}
