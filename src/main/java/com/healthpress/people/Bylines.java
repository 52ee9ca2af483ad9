package com.healthpress.people;

import com.healthpress.article.Article;
import com.healthpress.article.Author;
import com.healthpress.article.MedicalReview;
import com.healthpress.person.Person;
import com.healthpress.person.SameAsLinks;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Links an article's author and reviewer to person records inside the caller's transaction: by the record's id
 * while it exists, else by name (without regard to case or surrounding spaces), and makes a record for a name that
 * has none. Every write of an article passes here, so imports, generated articles and restored revisions that name
 * people by text alone get records as the V15 migration gave the older articles.
 */
public final class Bylines {

    private Bylines() {
    }

    public static Article link(Handle handle, Article article, Instant now) {
        Article.Builder linked = article.toBuilder().author(author(handle, article.author(), now));
        if (article.hasReview()) {
            linked.review(review(handle, article.review(), now));
        }
        return linked.build();
    }

    /** The records of a linked article's author and reviewer, for the editor's advice on them. */
    public static List<Person> people(Handle handle, Article article) {
        PersonRepository people = handle.attach(PersonRepository.class);
        List<Person> named = new ArrayList<>();
        people.findById(article.author().personId()).ifPresent(named::add);
        if (article.hasReview()) {
            people.findById(article.review().reviewerId()).ifPresent(named::add);
        }
        return named;
    }

    /**
     * Links many articles, looking each distinct author and reviewer up once: generated batches name a handful of
     * people thousands of times.
     */
    public static List<Article> linkAll(Handle handle, List<Article> articles, Instant now) {
        Map<Author, Author> authors = new HashMap<>();
        Map<MedicalReview, MedicalReview> reviews = new HashMap<>();
        List<Article> linked = new ArrayList<>(articles.size());
        for (Article article : articles) {
            Article.Builder builder = article.toBuilder()
                    .author(authors.computeIfAbsent(article.author(), author -> author(handle, author, now)));
            if (article.hasReview()) {
                MedicalReview undated = new MedicalReview(article.review().reviewerId(),
                        article.review().reviewerSlug(), article.review().reviewerName(),
                        article.review().credentials(), null);
                MedicalReview reviewer = reviews.computeIfAbsent(undated, review -> review(handle, review, now));
                builder.review(new MedicalReview(reviewer.reviewerId(), reviewer.reviewerSlug(),
                        reviewer.reviewerName(), reviewer.credentials(), article.review().lastReviewed()));
            }
            linked.add(builder.build());
        }
        return linked;
    }

    static Author author(Handle handle, Author author, Instant now) {
        PersonRepository people = handle.attach(PersonRepository.class);
        Optional<Person> stored = author.personId() > 0 ? people.findById(author.personId()) : Optional.empty();
        if (stored.isEmpty()) {
            List<Person> named = people.findByLowerName(lowerName(author.name()));
            stored = named.stream().filter(person -> person.kind() == author.kind()).findFirst()
                    .or(() -> named.stream().findFirst());
        }
        return stored.orElseGet(() -> create(handle, Person.named(author.name().strip(), author.kind())
                        .withCredentials(blankToNull(author.credentials()))
                        .withSameAs(SameAsLinks.isHttps(author.url()) ? List.of(author.url().strip()) : List.of()),
                now)).byline();
    }

    static MedicalReview review(Handle handle, MedicalReview review, Instant now) {
        Author reviewer = author(handle, new Author(review.reviewerId(), review.reviewerSlug(), review.reviewerName(),
                Author.Kind.Person, review.credentials(), null), now);
        return new MedicalReview(reviewer.personId(), reviewer.slug(), reviewer.name(), reviewer.credentials(),
                review.lastReviewed());
    }

    /** Stores a new record under a free address name made from its name ("jane-roe", "jane-roe-2"…). */
    static Person create(Handle handle, Person person, Instant now) {
        PersonRepository people = handle.attach(PersonRepository.class);
        String slug = PersonSlugs.free(people, person.name());
        long id = people.insert(new Person(0, slug, person.name(), person.kind(), person.credentials(),
                person.jobTitle(), person.bio(), person.photo(), person.sameAs(), person.licenceNumber(),
                person.accountId(), now, now, 1), now);
        return people.findById(id).orElseThrow();
    }

    static String lowerName(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
