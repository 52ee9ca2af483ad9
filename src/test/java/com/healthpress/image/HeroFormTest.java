package com.healthpress.image;

import com.healthpress.TestArticles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.access.Role;
import com.healthpress.access.Roles;
import com.healthpress.account.Account;
import com.healthpress.account.AdminSession;
import com.healthpress.article.Article;
import com.healthpress.article.HeroImage;
import com.healthpress.server.HtmlChecker;
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

/** views/image/hero-form.html, included in a small form of the tests' own as the editor's form includes it. */
class HeroFormTest {

    private static final AdminSession ADMIN = new AdminSession(new Account(1, "editor", Instant.EPOCH, Roles.of(Role.ADMIN)), "token-123");
    private static final HeroImage HERO = new HeroImage(42, "A nurse measures a <patient's> blood pressure", 1200,
            630, "image/webp", "ab12cd34ef" + "0".repeat(54), true);

    private final TemplateEngine engine = engine();

    @Test
    void withoutAnImageOffersTheFileAndItsAltTextButNoRemoval() {
        Article article = TestArticles.article().id(7).version(3).build();

        Document page = Jsoup.parse(render(article));

        assertTrue(page.select("img").isEmpty());
        assertTrue(page.text().contains("This article has no hero image"));
        assertImageFields(page);
        assertTrue(page.select("input[name=removeHeroImage]").isEmpty());
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
        assertImageFields(page);
        Element remove = page.selectFirst("input[name=removeHeroImage]");
        assertEquals("checkbox", remove.attr("type"));
        assertFalse(remove.hasAttr("checked"));
        assertEquals("Remove the image", page.selectFirst("label[for=removeHeroImage]").text());
    }

    @Test
    void aRefusedImageIsShownNextToItsFieldWithTheTypedAltTextKept() {
        Document page = Jsoup.parse(render(TestArticles.article().id(7).heroImage(HERO).build(),
                Map.of("heroImage", ImageMessages.messageFor(ImageMessages.DAMAGED)), "A chart", true));

        Element file = page.selectFirst("#heroImage");
        assertEquals("true", file.attr("aria-invalid"));
        assertEquals(ImageMessages.messageFor(ImageMessages.DAMAGED), page.selectFirst("#heroImage-error").text());
        assertTrue(file.attr("aria-describedby").contains("heroImage-error"));
        assertEquals("A chart", page.selectFirst("#heroAlt").attr("value"));
        assertTrue(page.selectFirst("input[name=removeHeroImage]").hasAttr("checked"));
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
        assertTrue(text.contains("at most " + UploadedImage.MAX_SIDE + " pixels on a side"), text);
        assertTrue(text.contains(UploadedImage.MAX_PIXELS / 1_000_000 + " megapixels"), text);
        assertTrue(text.contains("at most " + AltText.MAX_LENGTH + " characters"), text);
    }

    @Test
    void everyFieldHasALabelAndEveryDescriptionExists() {
        Document page = Jsoup.parse(render(TestArticles.article().id(7).heroImage(HERO).build()));

        for (Element field : page.select("input:not([type=hidden])")) {
            assertEquals(1, page.select("label[for=" + field.id() + "]").size(), field.outerHtml());
            for (String described : field.attr("aria-describedby").split(" ", -1)) {
                if (described.isEmpty() && !field.hasAttr("aria-describedby")) {
                    continue; // a field described by its label alone
                }
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

    private static void assertImageFields(Document page) {
        Element file = page.selectFirst("input[type=file]");
        assertEquals("heroImage", file.attr("name"));
        assertEquals("image/jpeg,image/png,image/webp", file.attr("accept"));
        assertFalse(file.hasAttr("required"), "the image is optional in the article's form");
        Element alt = page.selectFirst("input[name=heroAlt]");
        assertEquals("text", alt.attr("type"));
        assertEquals(String.valueOf(AltText.MAX_LENGTH), alt.attr("maxlength"));
    }

    private String render(Article article) {
        return render(article, Map.of(), "", false);
    }

    private String render(Article article, Map<String, String> errors, String heroAlt, boolean removeHeroImage) {
        Context context = new Context(Locale.ENGLISH);
        context.setVariable("article", article);
        context.setVariable("admin", ADMIN);
        context.setVariable("errors", errors);
        context.setVariable("heroAlt", heroAlt);
        context.setVariable("removeHeroImage", removeHeroImage);
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
