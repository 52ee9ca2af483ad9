package com.healthpress.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.page.ContactPoint;
import com.healthpress.page.PageLink;
import com.healthpress.page.PolicyRole;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The settings form's rules, without a database. */
class SettingsFormTest {

    private static final List<PageLink> PUBLISHED = List.of(new PageLink(3, "Editorial policy", "editorial-policy"));

    private static SettingsForm form(String name, String policy, String email, String url) {
        return SettingsForm.read(Map.of("siteName", List.of(name), "contactEmail", List.of(email),
                "contactUrl", List.of(url), SettingsForm.policyField(PolicyRole.ETHICS_POLICY), List.of(policy),
                "version", List.of("4")));
    }

    @Test
    void theConfiguredNameOrNoneIsStoredAsNoneSoSiteNameKeepsDecidingIt() {
        assertEquals(Optional.empty(), form("Healthpress", "", "", "").validate(PUBLISHED, "Healthpress")
                .values().name());
        assertEquals(Optional.empty(), form("  ", "", "", "").validate(PUBLISHED, "Healthpress").values().name());
        assertEquals(Optional.of("Clear Health"), form(" Clear  Health ", "", "", "").validate(PUBLISHED,
                "Healthpress").values().name());
    }

    @Test
    void aPolicyNamesOnlyAPublishedPageAndTheContactIsCheckedField() {
        SettingsForm.Result bad = form("", "99", "not an address", "javascript:alert(1)")
                .validate(PUBLISHED, "Healthpress");

        assertEquals(List.of(SettingsForm.policyField(PolicyRole.ETHICS_POLICY), "contactEmail", "contactUrl"),
                List.copyOf(bad.errors().keySet()));

        SettingsForm.Result good = form("", "3", "editor@example.org", "https://example.org/contact")
                .validate(PUBLISHED, "Healthpress");
        assertTrue(good.isValid(), good.errors().toString());
        assertEquals(Map.of(PolicyRole.ETHICS_POLICY, 3L), good.values().policyPages());
        assertEquals(new ContactPoint("editor@example.org", "https://example.org/contact", null),
                good.values().contact());
        assertEquals(4, form("", "", "", "").versionNumber());
    }
}
