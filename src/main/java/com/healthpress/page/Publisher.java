package com.healthpress.page;

import com.healthpress.article.HeroImage;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The publisher as readers and crawlers see it now: the name and description in force, the logo, the public paths
 * of the pages chosen for each policy property, the contact point, and the published pages the footer links to.
 */
public record Publisher(String name, Optional<String> description, Optional<HeroImage> logo,
                        Map<PolicyRole, String> policyPaths, ContactPoint contact, List<PageLink> footerPages) {

    public Publisher {
        policyPaths = Map.copyOf(policyPaths);
        footerPages = List.copyOf(footerPages);
    }

    /** A publisher known only by its configured name, as before any settings are read. */
    public static Publisher named(String name) {
        return new Publisher(name, Optional.empty(), Optional.empty(), Map.of(), ContactPoint.NONE, List.of());
    }
}
