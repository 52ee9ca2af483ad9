package com.healthpress.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.TestArticles;
import com.healthpress.account.Account;
import com.healthpress.account.AdminSession;
import com.healthpress.article.Article;
import com.healthpress.web.HtmlChecker;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** views/image/hero-form.html, included in a small page of the tests' own as the editor includes it. */
class HeroFormTest {

    private static final AdminSession ADMIN = new AdminSession(new Account(1, "editor", Instant.EPOCH), "token-123");
    private static final HeroImage HERO = new HeroImage(42, "A nurse measures a <patient's> blood pressure", 1200,
            630, "image/webp", "ab12cd34ef" + "0".repeat(54));

    private final TemplateEngine engine = engine();

    @Test
    void withoutAnImageOffersTheUploadFormOnly() {
        Article article = TestArticles.article().id(7).version(3).build();

        Document page = Jsoup.parse(render(article));

        assertTrue(page.select("img").isEmpty());
        assertEquals(1, page.select("form").size());
        assertTrue(page.text().contains("This article has no hero image"));
        assertUploadForm(page.selectFirst("form"), "/admin/articles/7/image", "3");
    }

    @Test
    void withAnImageShowsItAndOffersReplaceAndRemove() {
        Article article = TestArticles.article().id(7).version(4).heroImage(HERO).build();

        Document page = Jsoup.parse(render(article));

        Element image = page.selectFirst("figure img");
        assertEquals("/admin/images/42-ab12cd34ef.webp", image.attr("src"));
        assertEquals("A nurse measures a <patient's> blood pressure", image.attr("alt"));
        assertEquals("1200", image.attr("width"));
        assertEquals("630", image.attr("height"));
        assertTrue(page.selectFirst("figcaption").text().contains("1200 × 630 pixels"));
        assertUploadForm(page.select("form").get(0), "/admin/articles/7/image", "4");
        Element remove = page.select("form").get(1);
        assertEquals("post", remove.attr("method"));
        assertEquals("/admin/articles/7/image/remove", remove.attr("action"));
        assertHiddenFieldsFirst(remove, "4");
        assertEquals("Remove the image", remove.selectFirst("button[type=submit]").text());
    }

    @Test
    void altTextIsEscaped() {
        String html = render(TestArticles.article().id(7).heroImage(HERO).build());

        assertFalse(html.contains("<patient's>"));
        assertTrue(html.contains("&lt;patient"));
    }

    @Test
    void hintsStateTheLimitsTheServerApplies() {
        String text = Jsoup.parse(render(TestArticles.article().id(7).build())).text();

        assertTrue(text.contains("at most " + UploadedImage.MAX_BYTES / (1024 * 1024) + " MB"), text);
        assertTrue(text.contains("at least " + UploadedImage.MIN_WIDTH + " × " + UploadedImage.MIN_HEIGHT), text);
        assertTrue(text.contains("at most " + UploadedImage.MAX_SIDE + " pixels on a side and "
                + UploadedImage.MAX_PIXELS / 1_000_000 + " megapixels in all"), text);
        assertTrue(text.contains("at most " + AltText.MAX_LENGTH + " characters"), text);
    }

    @Test
    void everyFieldHasALabelAndEveryDescriptionExists() {
        Document page = Jsoup.parse(render(TestArticles.article().id(7).heroImage(HERO).build()));

        for (Element field : page.select("input:not([type=hidden])")) {
            assertEquals(1, page.select("label[for=" + field.id() + "]").size(), field.outerHtml());
            for (String described : field.attr("aria-describedby").split(" ")) {
                assertEquals(1, page.select("#" + described).size(), described);
            }
        }
    }

    @Test
    void bothVariantsAreValidHtml() {
        List<String> errors = HtmlChecker.errors(Map.of(
                "without image", render(TestArticles.article().id(7).build()),
                "with image", render(TestArticles.article().id(7).heroImage(HERO).build())));

        assertEquals(List.of(), errors);
    }

    private static void assertUploadForm(Element form, String action, String version) {
        assertEquals("post", form.attr("method"));
        assertEquals("multipart/form-data", form.attr("enctype"));
        assertEquals(action, form.attr("action"));
        assertHiddenFieldsFirst(form, version);
        Element file = form.selectFirst("input[type=file]");
        assertEquals("image", file.attr("name"));
        assertEquals("image/jpeg,image/png,image/webp", file.attr("accept"));
        Element alt = form.selectFirst("input[name=alt]");
        assertEquals("text", alt.attr("type"));
        assertTrue(alt.hasAttr("required"));
        assertEquals(String.valueOf(AltText.MAX_LENGTH), alt.attr("maxlength"));
    }

    /** The CSRF token comes first, so that a server reading the fields in order finds it before the file. */
    private static void assertHiddenFieldsFirst(Element form, String version) {
        List<Element> inputs = form.select("input");
        assertEquals("csrf", inputs.get(0).attr("name"));
        assertEquals("hidden", inputs.get(0).attr("type"));
        assertEquals("token-123", inputs.get(0).attr("value"));
        assertEquals("version", inputs.get(1).attr("name"));
        assertEquals(version, inputs.get(1).attr("value"));
    }

    private String render(Article article) {
        Context context = new Context(Locale.ENGLISH);
        context.setVariable("article", article);
        context.setVariable("admin", ADMIN);
        return engine.process("hero-form-page", context);
    }

    /** The test page comes from src/test/resources/images, everything it includes from views/. */
    private static TemplateEngine engine() {
        ClassLoaderTemplateResolver testPages = resolver("images/", 1);
        testPages.setResolvablePatterns(Set.of("hero-form-page"));
        TemplateEngine engine = new TemplateEngine();
        engine.addTemplateResolver(testPages);
        engine.addTemplateResolver(resolver("views/", 2));
        return engine;
    }

    private static ClassLoaderTemplateResolver resolver(String prefix, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix(prefix);
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setOrder(order);
        return resolver;
    }
}
