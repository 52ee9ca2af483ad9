package com.healthpress.seo.web;

import com.healthpress.article.Article;
import static com.healthpress.TestArticles.article;
import static com.healthpress.seo.web.AtomFeed.NAMESPACE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.article.Author;
import com.healthpress.site.Site;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class AtomFeedTest {

    private static final Site SITE = new Site("Wellbeing & Health <Weekly>", "https://health.example.org");

    private final Article newer = article().slug("sleep-better").title("Sleep better")
            .lead("Seven habits that help.").author(Author.person("Alex Writer")).topic("Sleep")
            .publishedAt(Instant.parse("2026-05-02T07:00:00Z")).updatedAt(Instant.parse("2026-05-04T08:30:00.75Z"))
            .build();
    private final Article older = article().slug("back-pain").title("Back pain")
            .lead("It usually gets better.").author(Author.organization("Editorial team"))
            .publishedAt(Instant.parse("2026-04-01T07:00:00Z")).updatedAt(Instant.parse("2026-04-01T07:00:00Z"))
            .build();

    @Test
    void feedDescribesTheSiteAndLinksToItselfAndTheHomePage() {
        Element feed = Xml.parse(AtomFeed.render(SITE, List.of(newer, older))).getDocumentElement();

        assertEquals(NAMESPACE, feed.getNamespaceURI());
        assertEquals("feed", feed.getLocalName());
        assertEquals("https://health.example.org/feed.xml", Xml.text(feed, NAMESPACE, "id"));
        assertEquals("Wellbeing & Health <Weekly>", Xml.text(feed, NAMESPACE, "title"));
        assertEquals("2026-05-04T08:30:00Z", Xml.text(feed, NAMESPACE, "updated"));
        assertEquals("Wellbeing & Health <Weekly>",
                Xml.text(Xml.children(feed, NAMESPACE, "author").get(0), NAMESPACE, "name"));
        List<Element> links = Xml.children(feed, NAMESPACE, "link");
        assertEquals("self", links.get(0).getAttribute("rel"));
        assertEquals("https://health.example.org/feed.xml", links.get(0).getAttribute("href"));
        assertEquals("alternate", links.get(1).getAttribute("rel"));
        assertEquals("https://health.example.org/", links.get(1).getAttribute("href"));
    }

    @Test
    void eachArticleIsAnEntryInTheGivenOrder() {
        Element feed = Xml.parse(AtomFeed.render(SITE, List.of(newer, older))).getDocumentElement();

        List<Element> entries = Xml.children(feed, NAMESPACE, "entry");
        assertEquals(2, entries.size());
        Element entry = entries.get(0);
        assertEquals("https://health.example.org/articles/sleep-better", Xml.text(entry, NAMESPACE, "id"));
        assertEquals("Sleep better", Xml.text(entry, NAMESPACE, "title"));
        assertEquals("https://health.example.org/articles/sleep-better",
                Xml.children(entry, NAMESPACE, "link").get(0).getAttribute("href"));
        assertEquals("2026-05-02T07:00:00Z", Xml.text(entry, NAMESPACE, "published"));
        assertEquals("2026-05-04T08:30:00Z", Xml.text(entry, NAMESPACE, "updated"));
        assertEquals("Seven habits that help.", Xml.text(entry, NAMESPACE, "summary"));
        assertEquals("Alex Writer", Xml.text(Xml.children(entry, NAMESPACE, "author").get(0), NAMESPACE, "name"));
        assertEquals("Editorial team",
                Xml.text(Xml.children(entries.get(1), NAMESPACE, "author").get(0), NAMESPACE, "name"));
    }

    @Test
    void markupInTitlesAndLeadsIsEscapedText() {
        Article hostile = article().title("Salt & sugar <b>myths</b>").lead("</summary><script>alert(1)</script> & more")
                .author(Author.linked(3, "a-b-clinic", "A & B <Clinic>", Author.Kind.Organization, null))
                .build();

        String xml = AtomFeed.render(SITE, List.of(hostile));

        assertFalse(xml.contains("<b>"));
        assertFalse(xml.contains("<script>"));
        assertTrue(xml.contains("Salt &amp; sugar &lt;b&gt;myths&lt;/b&gt;"), xml);
        Element entry = Xml.children(Xml.parse(xml).getDocumentElement(), NAMESPACE, "entry").get(0);
        assertEquals("Salt & sugar <b>myths</b>", Xml.text(entry, NAMESPACE, "title"));
        assertEquals("</summary><script>alert(1)</script> & more", Xml.text(entry, NAMESPACE, "summary"));
        Element author = Xml.children(entry, NAMESPACE, "author").get(0);
        assertEquals("A & B <Clinic>", Xml.text(author, NAMESPACE, "name"));
        assertEquals(SITE.url("/people/a-b-clinic"), Xml.text(author, NAMESPACE, "uri"), "the author's profile page");
    }

    @Test
    void charactersXmlCannotCarryAreDroppedInsteadOfBreakingTheFeed() {
        Article pasted = article().title("Vitamin\u000B D\u0000 facts").lead("Lone \uD800 surrogate").build();

        Element entry = Xml.children(Xml.parse(AtomFeed.render(SITE, List.of(pasted))).getDocumentElement(),
                NAMESPACE, "entry").get(0);

        assertEquals("Vitamin D facts", Xml.text(entry, NAMESPACE, "title"));
        assertEquals("Lone  surrogate", Xml.text(entry, NAMESPACE, "summary"));
    }

    @Test
    void anEmptyFeedIsStillAValidFeed() {
        Element feed = Xml.parse(AtomFeed.render(SITE, List.of())).getDocumentElement();

        assertTrue(Xml.children(feed, NAMESPACE, "entry").isEmpty());
        assertEquals("1970-01-01T00:00:00Z", Xml.text(feed, NAMESPACE, "updated"));
    }
}
