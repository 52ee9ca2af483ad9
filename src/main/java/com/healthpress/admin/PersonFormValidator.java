package com.healthpress.admin;

import com.healthpress.article.Author;
import com.healthpress.article.Slugs;
import com.healthpress.person.Person;
import com.healthpress.person.SameAsLinks;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which values a person record may have. Errors are keyed by the id of their field. The photo, the account and
 * whether the address name is free are checked by {@link PersonEditor}, which can look them up.
 */
public final class PersonFormValidator {

    public static final int NAME_MAX = 200;
    public static final int TEXT_MAX = 200;
    public static final int BIO_MAX = 20_000;
    public static final int LICENCE_MAX = 100;
    public static final int LINK_MAX = 1_000;
    static final int LINKS_MAX = 10;

    /** The outcome: the record when there are no errors (otherwise null), and the errors by field id. */
    public record Result(Person person, Map<String, String> errors) {
        public boolean isValid() {
            return errors.isEmpty();
        }
    }

    /** {@code stored} is the record being edited (null for a new one): its id, photo and account carry over. */
    public Result validate(PersonForm form, Person stored) {
        Map<String, String> errors = new LinkedHashMap<>();
        String name = form.name().strip();
        if (name.isEmpty()) {
            errors.put("name", "Name is required.");
        } else if (name.length() > NAME_MAX) {
            errors.put("name", "Name is longer than " + NAME_MAX + " characters.");
        }
        String slug = form.slug().strip();
        if (slug.isEmpty() && stored != null) {
            errors.put("slug", "Address name is required: the profile's address is /people/<address name>.");
        } else if (!slug.isEmpty() && !Slugs.isValid(slug)) {
            errors.put("slug", "Address name may only hold lower-case letters, digits and single hyphens, up to "
                    + Slugs.MAX_LENGTH + " characters.");
        }
        Author.Kind kind = Author.Kind.Person;
        try {
            kind = Author.Kind.valueOf(form.kind());
        } catch (IllegalArgumentException e) {
            errors.put("kind", "Choose whether this is a person or an organisation.");
        }
        String credentials = limited(errors, "credentials", "Credentials", form.credentials(), TEXT_MAX);
        String jobTitle = limited(errors, "jobTitle", "Job title", form.jobTitle(), TEXT_MAX);
        String bio = limited(errors, "bio", "Bio", form.bio(), BIO_MAX);
        String licence = limited(errors, "licenceNumber", "Licence number", form.licenceNumber(), LICENCE_MAX);
        List<String> links = SameAsLinks.parse(form.sameAs());
        for (int i = 0; i < links.size() && !errors.containsKey("sameAs"); i++) {
            if (links.get(i).length() > LINK_MAX || !SameAsLinks.isHttps(links.get(i))) {
                errors.put("sameAs", "Line " + (i + 1) + ": each link must be an https:// address of at most "
                        + LINK_MAX + " characters.");
            }
        }
        if (links.size() > LINKS_MAX) {
            errors.put("sameAs", "At most " + LINKS_MAX + " links.");
        }
        if (!errors.isEmpty()) {
            return new Result(null, errors);
        }
        return new Result(new Person(stored == null ? 0 : stored.id(), slug, name, kind, credentials, jobTitle, bio,
                stored == null ? null : stored.photo(), links, licence, stored == null ? null : stored.accountId(),
                stored == null ? null : stored.createdAt(), stored == null ? null : stored.updatedAt(),
                form.version()), Map.of());
    }

    /** The stripped value, or null when blank; an error when too long. */
    private static String limited(Map<String, String> errors, String field, String label, String value, int max) {
        String text = value.strip();
        if (text.length() > max) {
            errors.put(field, label + " is longer than " + max + " characters.");
        }
        return text.isEmpty() ? null : text;
    }
}
