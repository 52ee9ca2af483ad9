package com.healthpress.pages;

import com.healthpress.page.ContactPoint;
import com.healthpress.page.PolicyRole;
import java.util.Map;
import java.util.Optional;

/** The settings an admin typed and chose, checked: everything but the logo, which comes as a file of its own. */
public record SettingsValues(Optional<String> name, Optional<String> description, Map<PolicyRole, Long> policyPages,
                             ContactPoint contact) {

    public SettingsValues {
        policyPages = Map.copyOf(policyPages);
    }
}
