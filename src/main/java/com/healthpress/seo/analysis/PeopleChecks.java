package com.healthpress.seo.analysis;

import com.healthpress.article.Article;
import com.healthpress.article.Author;
import com.healthpress.person.Person;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Advice on the records of the people an article names: an author's credentials (an organisation has none to show)
 * and a photo of the author and the reviewer. Readers and search engines weigh who stands behind a health page.
 */
final class PeopleChecks {

    private PeopleChecks() {
    }

    /** The checks, given the person records to look the article's author and reviewer up in. */
    static List<Check> of(Article article, List<Person> people) {
        Optional<Person> author = article.author() == null ? Optional.empty()
                : find(people, article.author().personId(), article.author().name());
        Optional<Person> reviewer = !article.hasReview() ? Optional.empty()
                : find(people, article.review().reviewerId(), article.review().reviewerName());
        List<Check> checks = new ArrayList<>();
        author.filter(person -> !person.isOrganization()).map(PeopleChecks::authorCredentials).ifPresent(checks::add);
        if (author.isPresent() || reviewer.isPresent()) {
            checks.add(photos(author, reviewer));
        }
        return checks;
    }

    private static Check authorCredentials(Person author) {
        String name = Text.clean(author.name());
        if (!author.hasCredentials()) {
            return Rule.AUTHOR_CREDENTIALS.warn(name + " is named without credentials: add them to the record (for "
                    + "example “RN” or “Health writer, MSc”) so readers see who wrote the page.");
        }
        return Rule.AUTHOR_CREDENTIALS.pass(name + ": " + Text.clean(author.credentials()) + ".");
    }

    private static Check photos(Optional<Person> author, Optional<Person> reviewer) {
        List<String> without = new ArrayList<>();
        author.filter(person -> !person.hasPhoto()).ifPresent(person -> without.add(named(person, "author")));
        reviewer.filter(person -> !person.hasPhoto()).ifPresent(person -> without.add(named(person, "reviewer")));
        if (without.isEmpty()) {
            return Rule.PROFILE_PHOTOS.pass("The author's and reviewer's records have a photo.");
        }
        return Rule.PROFILE_PHOTOS.warn("No photo on the records of " + String.join(" and ", without)
                + ": readers trust a face (or a logo) beside the name.");
    }

    private static String named(Person person, String role) {
        return Text.clean(person.name()) + " (" + role + ")";
    }

    /** By id once the article is linked; the editor's unsaved choice by its name, when one record has it. */
    private static Optional<Person> find(List<Person> people, long id, String name) {
        if (id > 0) {
            return people.stream().filter(person -> person.id() == id).findFirst();
        }
        String wanted = Text.clean(name).toLowerCase(Locale.ROOT);
        List<Person> named = people.stream()
                .filter(person -> Text.clean(person.name()).toLowerCase(Locale.ROOT).equals(wanted)
                        || wanted.equals(person.slug()))
                .toList();
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }
}
