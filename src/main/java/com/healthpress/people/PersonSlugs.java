package com.healthpress.people;

import com.healthpress.article.Slugs;

/** A profile's address name from a person's name: "Dr. Jane Roe" → "dr-jane-roe", cut to the slug limit. */
public final class PersonSlugs {

    private PersonSlugs() {
    }

    static String of(String name) {
        String slug = Slugs.of(name);
        if (slug.length() > Slugs.MAX_LENGTH) {
            slug = slug.substring(0, Slugs.MAX_LENGTH).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "person" : slug;
    }

    /**
     * The address name made from the name, numbered ("-2", "-3"…) past those other records have or had: an old
     * profile address keeps leading to its record, not to a namesake.
     */
    public static String free(PersonRepository people, String name) {
        String wanted = of(name);
        String slug = wanted;
        for (int number = 2; people.slugInUse(slug); number++) {
            slug = Slugs.numbered(wanted, number);
        }
        return slug;
    }
}
