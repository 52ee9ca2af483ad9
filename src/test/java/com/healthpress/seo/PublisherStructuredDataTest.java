package com.healthpress.seo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.healthpress.article.HeroImage;
import com.healthpress.page.ContactPoint;
import com.healthpress.page.Page;
import com.healthpress.page.PageKind;
import com.healthpress.page.PageLink;
import com.healthpress.page.PageStatus;
import com.healthpress.page.PolicyRole;
import com.healthpress.page.Publisher;
import com.healthpress.site.Breadcrumb;
import com.healthpress.site.Site;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Organization says what the publisher's settings set and nothing more; simple pages are WebPages. */
class PublisherStructuredDataTest {

    private static final String BASE = "https://health.example.org";
    private static final String IMAGE = BASE + "/static/share.png";
    private static final String HASH = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
    private static final List<Breadcrumb> TRAIL = List.of(new Breadcrumb("Home", "/"),
            new Breadcrumb("About us", "/pages/about"));

    @Test
    void anOrganizationWithNothingSetHasOnlyItsNameAddressAndTheDefaultLogo() {
        Site site = new Site("Wellbeing Weekly", BASE);

        JsonNode organization = organization(site);

        assertEquals("Wellbeing Weekly", organization.path("name").asText());
        assertEquals(IMAGE, organization.path("logo").path("url").asText());
        for (PolicyRole role : PolicyRole.values()) {
            assertFalse(organization.has(role.property()), role.property());
        }
        assertFalse(organization.has("contactPoint"));
        assertFalse(organization.has("description"));
    }

    @Test
    void theOrganizationCarriesTheSettingsThatAreSet() {
        Site site = new Site("Wellbeing Weekly", BASE);
        site.show(new Publisher("Clear Health", Optional.of("Checked health facts."),
                Optional.of(new HeroImage(7, "Clear Health logo", 600, 300, "image/png", HASH, true)),
                Map.of(PolicyRole.CORRECTIONS_POLICY, "/pages/corrections-policy",
                        PolicyRole.ETHICS_POLICY, "/pages/editorial-policy"),
                new ContactPoint(null, "https://health.example.org/pages/contact", "corrections"), List.of()));

        JsonNode organization = organization(site);

        assertEquals("Clear Health", organization.path("name").asText());
        assertEquals("Checked health facts.", organization.path("description").asText());
        assertEquals(BASE + "/pages/corrections-policy", organization.path("correctionsPolicy").asText());
        assertEquals(BASE + "/pages/editorial-policy", organization.path("ethicsPolicy").asText());
        assertFalse(organization.has("publishingPrinciples"));
        assertFalse(organization.has("actionableFeedbackPolicy"));
        assertEquals("ContactPoint", organization.path("contactPoint").path("@type").asText());
        assertEquals("corrections", organization.path("contactPoint").path("contactType").asText());
        assertFalse(organization.path("contactPoint").has("email"));
        assertEquals(BASE + "/images/7-0123456789-600w.png", organization.path("logo").path("url").asText());
        assertEquals("Clear Health logo", organization.path("logo").path("description").asText());
    }

    @Test
    void theAboutPageIsAnAboutPageAboutTheOrganizationAndUsesOnlySchemaOrgTerms() {
        Site site = new Site("Wellbeing Weekly", BASE);
        site.show(new Publisher("Clear Health", Optional.of("Checked."), Optional.empty(),
                Map.of(PolicyRole.PUBLISHING_PRINCIPLES, "/pages/editorial-policy"),
                new ContactPoint("editor@example.org", null, "editorial"), List.of(new PageLink(1, "About us", "about"))));
        Page about = new Page(1, "about", "About us", "We publish.", PageKind.ABOUT_PAGE, PageStatus.PUBLISHED, 3,
                Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-02-01T00:00:00Z"),
                Instant.parse("2026-01-02T00:00:00Z"), "admin");

        Graph graph = Graph.parse(new StructuredData(site, IMAGE).forPage(about, "We publish.", TRAIL));

        assertEquals(List.of("WebSite", "Organization", "AboutPage", "BreadcrumbList"), graph.types());
        JsonNode page = graph.only("AboutPage");
        assertEquals("Organization", graph.resolve(page.path("about")).path("@type").asText());
        assertEquals("2026-02-01T00:00:00Z", page.path("dateModified").asText());
        assertEquals(BASE + "/pages/about#breadcrumb", page.path("breadcrumb").path("@id").asText());
        SchemaOrgTerms.load().assertUsesOnlyKnownTerms(graph.root(), "about page");
    }

    private static JsonNode organization(Site site) {
        return Graph.parse(new StructuredData(site, IMAGE).forSearch("Search", "/search", List.of()))
                .only("Organization");
    }
}
