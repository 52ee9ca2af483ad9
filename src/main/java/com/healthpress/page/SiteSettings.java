package com.healthpress.page;

import com.healthpress.article.HeroImage;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The publisher's settings as stored: name and description (empty for the configured defaults), the logo, the
 * published pages chosen for the Organization's policy properties, the contact point, and the version an edit must
 * start from.
 */
public record SiteSettings(Optional<String> name, Optional<String> description, Optional<HeroImage> logo,
                           Map<PolicyRole, Long> policyPages, ContactPoint contact, int version, Instant updatedAt,
                           String updatedBy) {

    public SiteSettings {
        policyPages = Map.copyOf(policyPages);
    }

    public Optional<Long> policyPage(PolicyRole role) {
        return Optional.ofNullable(policyPages.get(role));
    }
}
