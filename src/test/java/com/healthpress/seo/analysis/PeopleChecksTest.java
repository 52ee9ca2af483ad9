package com.healthpress.seo.analysis;

import static com.healthpress.seo.analysis.AnalysisArticles.ANALYZER;
import static com.healthpress.seo.analysis.AnalysisArticles.TODAY;
import static com.healthpress.seo.analysis.AnalysisArticles.good;
import static com.healthpress.seo.analysis.Check.Level.PASS;
import static com.healthpress.seo.analysis.Check.Level.WARN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.article.Article;
import com.healthpress.article.Author;
import com.healthpress.article.HeroImage;
import com.healthpress.article.MedicalReview;
import com.healthpress.person.Person;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The advice on the people an article names: credentials (not for organisations) and a photo on their records. */
class PeopleChecksTest {

    private static final HeroImage PHOTO = new HeroImage(7, "Portrait", 400, 400, "image/jpeg", "ab".repeat(32),
            true);

    private static Person person(long id, String name, String credentials, boolean photo) {
        return new Person(id, name.toLowerCase().replace(' ', '-'), name, Author.Kind.Person, credentials, null, null,
                photo ? PHOTO : null, List.of(), null, null, null, null, 1);
    }

    private static Person organisation(long id, String name, boolean logo) {
        return new Person(id, "editorial-team", name, Author.Kind.Organization, null, null, null,
                logo ? PHOTO : null, List.of(), null, null, null, null, 1);
    }

    private static Article writtenBy(Person author, Person reviewer) {
        return good().author(author.byline())
                .review(new MedicalReview(reviewer.id(), reviewer.slug(), reviewer.name(), reviewer.credentials(),
                        TODAY.minusMonths(2)))
                .build();
    }

    private static Check check(Article article, List<Person> people, String id) {
        return AnalysisArticles.check(ANALYZER.analyze(article, TODAY, people), id);
    }

    @Test
    void anAuthorWithoutCredentialsIsAdvisedToAddThem() {
        Person author = person(1, "Sam Lee", null, true);
        Person reviewer = person(2, "Dr Jane Roe", "MD", true);

        Check credentials = check(writtenBy(author, reviewer), List.of(author, reviewer), "author-credentials");

        assertEquals(WARN, credentials.level());
        assertEquals("Sam Lee is named without credentials: add them to the record (for example “RN” or "
                + "“Health writer, MSc”) so readers see who wrote the page.", credentials.reason());
    }

    @Test
    void anAuthorWithCredentialsPassesAndAnOrganisationIsNotAskedForAny() {
        Person author = person(1, "Dr Sam Lee", "MD", true);
        Person team = organisation(3, "Editorial team", true);
        Person reviewer = person(2, "Dr Jane Roe", "MD", true);

        assertEquals(PASS, check(writtenBy(author, reviewer), List.of(author, reviewer), "author-credentials")
                .level());
        assertTrue(ANALYZER.analyze(writtenBy(team, reviewer), TODAY, List.of(team, reviewer)).checks().stream()
                .noneMatch(check -> check.id().equals("author-credentials")), "an organisation has no credentials");
    }

    @Test
    void anAuthorOrReviewerWithoutAPhotoIsNamedInTheAdvice() {
        Person author = person(1, "Dr Sam Lee", "MD", false);
        Person reviewer = person(2, "Dr Jane Roe", "MD", false);
        Person team = organisation(3, "Editorial team", false);

        Check both = check(writtenBy(author, reviewer), List.of(author, reviewer), "profile-photos");
        Check organisation = check(writtenBy(team, person(2, "Dr Jane Roe", "MD", true)),
                List.of(team, person(2, "Dr Jane Roe", "MD", true)), "profile-photos");

        assertEquals(WARN, both.level());
        assertEquals("No photo on the records of Dr Sam Lee (author) and Dr Jane Roe (reviewer): readers trust a "
                + "face (or a logo) beside the name.", both.reason());
        assertEquals(WARN, organisation.level());
        assertEquals("No photo on the records of Editorial team (author): readers trust a face (or a logo) beside "
                + "the name.", organisation.reason());
    }

    @Test
    void photosOnBothRecordsPass() {
        Person author = person(1, "Dr Sam Lee", "MD", true);
        Person reviewer = person(2, "Dr Jane Roe", "MD", true);

        assertEquals(PASS, check(writtenBy(author, reviewer), List.of(author, reviewer), "profile-photos").level());
    }

    @Test
    void theEditorsUnsavedChoiceIsFoundByNameAmongTheRecords() {
        Person author = person(1, "Sam Lee", null, false);
        Person reviewer = person(2, "Dr Jane Roe", "MD", true);
        Article typed = good().author(Author.person("sam lee"))
                .review(new MedicalReview("Dr Jane Roe", null, TODAY.minusMonths(2))).build();

        assertEquals(WARN, check(typed, List.of(reviewer, author), "author-credentials").level());
        assertEquals("No photo on the records of Sam Lee (author): readers trust a face (or a logo) beside the name.",
                check(typed, List.of(reviewer, author), "profile-photos").reason());
    }

    @Test
    void withoutRecordsToLookAtThePeopleAreNotJudged() {
        Article article = writtenBy(person(1, "Sam Lee", null, false), person(2, "Dr Jane Roe", "MD", false));

        assertTrue(ANALYZER.analyze(article, TODAY).checks().stream()
                .noneMatch(check -> check.id().equals("author-credentials") || check.id().equals("profile-photos")));
    }

    @Test
    void theAdviceNeverBlocksItOnlyWarns() {
        Person author = person(1, "Sam Lee", null, false);
        Person reviewer = person(2, "Dr Jane Roe", null, false);

        ANALYZER.analyze(writtenBy(author, reviewer), TODAY, List.of(author, reviewer)).checks().stream()
                .filter(check -> check.id().equals("author-credentials") || check.id().equals("profile-photos"))
                .forEach(check -> assertEquals(WARN, check.level(), check.id()));
    }
}
