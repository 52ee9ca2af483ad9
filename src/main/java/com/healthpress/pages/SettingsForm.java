package com.healthpress.pages;

import com.healthpress.article.SafeUrls;
import com.healthpress.page.ContactPoint;
import com.healthpress.page.PageLink;
import com.healthpress.page.PolicyRole;
import com.healthpress.page.SiteSettings;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** The settings form's fields as typed, and the rules they must pass before a save. */
public record SettingsForm(String siteName, String siteDescription, String logoAlt, Map<PolicyRole, String> policies,
                           String contactEmail, String contactUrl, String contactType, String version) {

    public static final int NAME_MAX = 100;
    public static final int DESCRIPTION_MAX = 300;
    public static final int EMAIL_MAX = 254;
    public static final int URL_MAX = 2000;
    public static final int CONTACT_TYPE_MAX = 100;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s\"<>]+@[^@\\s\"<>]+\\.[^@\\s\"<>]+");

    public SettingsForm {
        policies = Map.copyOf(policies);
    }

    /** The form field of a policy's page: {@code policy-publishingPrinciples}. */
    public static String policyField(PolicyRole role) {
        return "policy-" + role.property();
    }

    public String policy(PolicyRole role) {
        return policies.getOrDefault(role, "");
    }

    /** The stored settings as the form shows them: the name in force when none is stored. */
    public static SettingsForm of(SiteSettings settings, String configuredName) {
        Map<PolicyRole, String> policies = new EnumMap<>(PolicyRole.class);
        settings.policyPages().forEach((role, id) -> policies.put(role, String.valueOf(id)));
        return new SettingsForm(settings.name().orElse(configuredName), settings.description().orElse(""),
                settings.logo().map(logo -> logo.alt()).orElse(""), policies,
                Optional.ofNullable(settings.contact().email()).orElse(""),
                Optional.ofNullable(settings.contact().url()).orElse(""),
                Optional.ofNullable(settings.contact().contactType()).orElse(""), String.valueOf(settings.version()));
    }

    public static SettingsForm read(Map<String, List<String>> fields) {
        Map<PolicyRole, String> policies = new EnumMap<>(PolicyRole.class);
        for (PolicyRole role : PolicyRole.values()) {
            policies.put(role, PageForm.field(fields, policyField(role)));
        }
        return new SettingsForm(PageForm.field(fields, "siteName"), PageForm.field(fields, "siteDescription"),
                PageForm.field(fields, "logoAlt"), policies, PageForm.field(fields, "contactEmail"),
                PageForm.field(fields, "contactUrl"), PageForm.field(fields, "contactType"),
                PageForm.field(fields, "version"));
    }

    public SettingsForm withVersion(int newVersion) {
        return new SettingsForm(siteName, siteDescription, logoAlt, policies, contactEmail, contactUrl, contactType,
                String.valueOf(newVersion));
    }

    public int versionNumber() {
        return version.matches("\\d{1,9}") ? Integer.parseInt(version) : -1;
    }

    /**
     * The checked values, or the problems next to their fields. A blank name, or the configured one (which the form
     * shows until another is saved), is stored as none, so that SITE_NAME keeps deciding it; a policy may name only a
     * published page.
     */
    public Result validate(List<PageLink> published, String configuredName) {
        Map<String, String> errors = new LinkedHashMap<>();
        String name = oneLine(siteName);
        if (name.length() > NAME_MAX) {
            errors.put("siteName", "Keep the name to " + NAME_MAX + " characters.");
        }
        String description = oneLine(siteDescription);
        if (description.length() > DESCRIPTION_MAX) {
            errors.put("siteDescription", "Keep the description to " + DESCRIPTION_MAX + " characters.");
        }
        Map<PolicyRole, Long> pages = new EnumMap<>(PolicyRole.class);
        for (PolicyRole role : PolicyRole.values()) {
            String chosen = policy(role).strip();
            if (chosen.isEmpty()) {
                continue;
            }
            Optional<PageLink> page = published.stream().filter(link -> String.valueOf(link.id()).equals(chosen))
                    .findFirst();
            if (page.isEmpty()) {
                errors.put(policyField(role), "Choose a published page, or none.");
            } else {
                pages.put(role, page.get().id());
            }
        }
        String email = contactEmail.strip();
        if (!email.isEmpty() && (email.length() > EMAIL_MAX || !EMAIL.matcher(email).matches())) {
            errors.put("contactEmail", "Enter an email address such as editor@example.org.");
        }
        String url = contactUrl.strip();
        if (!url.isEmpty() && (url.length() > URL_MAX || !SafeUrls.isHttp(url))) {
            errors.put("contactUrl", "Enter a web address starting with https://.");
        }
        String type = oneLine(contactType);
        if (type.length() > CONTACT_TYPE_MAX) {
            errors.put("contactType", "Keep this to " + CONTACT_TYPE_MAX + " characters.");
        }
        if (!errors.isEmpty()) {
            return new Result(errors, null);
        }
        return new Result(Map.of(), new SettingsValues(present(name).filter(typed -> !typed.equals(configuredName)),
                present(description), pages,
                new ContactPoint(email.isEmpty() ? null : email, url.isEmpty() ? null : url,
                        type.isEmpty() ? null : type)));
    }

    public record Result(Map<String, String> errors, SettingsValues values) {
        public boolean isValid() {
            return errors.isEmpty();
        }
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\p{Cc}\\s]+", " ").strip();
    }

    private static Optional<String> present(String text) {
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }
}
