package com.healthpress.revision;

import static com.healthpress.revision.DiffLine.added;
import static com.healthpress.revision.DiffLine.removed;
import static com.healthpress.revision.DiffLine.unchanged;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.TestArticles;
import com.healthpress.article.Article;
import com.healthpress.article.ArticleStatus;
import com.healthpress.article.Author;
import com.healthpress.article.FaqItem;
import com.healthpress.article.HeroImage;
import com.healthpress.article.MedicalReview;
import com.healthpress.article.Reference;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class RevisionDiffTest {

    private static final Article BASE = TestArticles.published("Sleep hygiene basics",
            Instant.parse("2026-03-02T08:15:00Z")).toBuilder()
            .id(7)
            .version(1)
            .references(List.of(new Reference("Sleep and health", "NHS", 2024, "https://www.nhs.uk/sleep", null),
                    new Reference("Insomnia guideline", null, null, null, null)))
            .build();

    @Test
    void identicalContentHasNoDifferencesWhateverTheVersionAndTimes() {
        Article later = BASE.toBuilder().version(5).createdAt(Instant.EPOCH).updatedAt(Instant.now()).build();

        assertEquals(List.of(), RevisionDiff.between(BASE, BASE));
        assertEquals(List.of(), RevisionDiff.between(BASE, later));
    }

    @Test
    void aChangedShortFieldIsShownBeforeAndAfter() {
        List<FieldChange> changes = RevisionDiff.between(BASE, change(b -> b.title("Better sleep")));

        assertEquals(List.of(new FieldChange("Title", "Sleep hygiene basics", "Better sleep", List.of())), changes);
        assertFalse(changes.get(0).isLineByLine());
    }

    @Test
    void shortFieldsReadAsPeopleWriteThem() {
        Article before = BASE.toBuilder().status(ArticleStatus.DRAFT).publishedAt(null).review(null).topic(null)
                .nextReviewDue(null).heroImage(null).build();
        Article after = BASE.toBuilder()
                .status(ArticleStatus.PUBLISHED)
                .publishedAt(Instant.parse("2026-03-02T08:15:30Z"))
                .review(new MedicalReview("Dr. Ann Lee", "MD", LocalDate.of(2026, 3, 1)))
                .topic("Sleep")
                .nextReviewDue(LocalDate.of(2027, 3, 1))
                .heroImage(new HeroImage(12, "A bedroom at night", 1200, 630, "image/webp", "ab".repeat(32), true))
                .metaDescription("How to sleep better.")
                .author(new Author("Health team", Author.Kind.Organization, "https://example.org/team"))
                .build();

        Map<String, List<String>> shown = beforeAndAfter(RevisionDiff.between(before, after));

        assertEquals(List.of("Draft", "Published"), shown.get("Status"));
        assertEquals(List.of("", "2 March 2026, 08:15:30 UTC"), shown.get("Publication date"));
        assertEquals(List.of("", "Dr. Ann Lee"), shown.get("Medical reviewer"));
        assertEquals(List.of("", "MD"), shown.get("Reviewer credentials"));
        assertEquals(List.of("", "1 March 2026"), shown.get("Last reviewed"));
        assertEquals(List.of("", "Sleep"), shown.get("Topic"));
        assertEquals(List.of("", "1 March 2027"), shown.get("Next review due"));
        assertEquals(List.of("", "Image 12 (1200 × 630 pixels, image/webp)"), shown.get("Hero image"));
        assertEquals(List.of("", "A bedroom at night"), shown.get("Hero image alt text"));
        assertEquals(List.of("A description of Sleep hygiene basics.", "How to sleep better."),
                shown.get("Meta description"));
        assertEquals(List.of("Dr. Test Writer", "Health team"), shown.get("Author"));
        assertEquals(List.of("Person", "Organisation"), shown.get("Author type"));

    }

    @Test
    void changesComeInTheEditorsOrder() {
        Article after = change(b -> b.heroImage(new HeroImage(3, "alt", 10, 10, "image/png", "cd".repeat(32), true))
                .body("New body").title("New title").status(ArticleStatus.DRAFT).slug("new-slug"));

        assertEquals(List.of("Title", "Slug", "Body", "Status", "Hero image", "Hero image alt text"),
                RevisionDiff.between(BASE, after).stream().map(FieldChange::label).toList());
    }

    @Test
    void aParagraphInsertedInTheMiddleOfTheBodyIsTheOnlyAddedLine() {
        Article before = change(b -> b.body("## One\n\nFirst.\n\n## Two\n\nSecond."));
        Article after = change(b -> b.body("## One\n\nFirst.\n\nInserted.\n\n## Two\n\nSecond."));

        List<FieldChange> changes = RevisionDiff.between(before, after);

        assertEquals(1, changes.size());
        assertEquals("Body", changes.get(0).label());
        assertTrue(changes.get(0).isLineByLine());
        assertEquals(List.of(unchanged("## One"), unchanged(""), unchanged("First."), unchanged(""),
                        added("Inserted."), added(""), unchanged("## Two"), unchanged(""), unchanged("Second.")),
                changes.get(0).lines());
    }

    @Test
    void aChangedLeadIsShownLineByLine() {
        List<FieldChange> changes = RevisionDiff.between(BASE, change(b -> b.lead("A new lead.")));

        assertEquals(List.of(removed("The lead paragraph of Sleep hygiene basics."), added("A new lead.")),
                changes.get(0).lines());
        assertEquals("Lead", changes.get(0).label());
    }

    @Test
    void lineBreakStyleAndTrailingLineBreaksAreNotChanges() {
        Article unix = change(b -> b.body("## One\n\nFirst.\nSecond."));
        Article windows = change(b -> b.body("## One\r\n\r\nFirst.\r\nSecond.\r\n"));

        assertEquals(List.of(), RevisionDiff.between(unix, windows));
    }

    @Test
    void aChangedFaqAnswerIsOneRemovedAndOneAddedLine() {
        Article after = change(b -> b.faq(List.of(
                new FaqItem("How long should I sleep?", "Seven to nine hours."),
                new FaqItem("Do naps help?", "Short naps of about twenty minutes can help."))));

        FieldChange faq = only(RevisionDiff.between(BASE, after));

        assertEquals("FAQ", faq.label());
        assertEquals(List.of(unchanged("Q: How long should I sleep?"),
                removed("A: Most adults need seven to nine hours."), added("A: Seven to nine hours."),
                unchanged("Q: Do naps help?"), unchanged("A: Short naps of about twenty minutes can help.")),
                faq.lines());
    }

    @Test
    void aFaqItemInsertedBetweenOthersIsTwoAddedLines() {
        Article after = change(b -> b.faq(List.of(BASE.faq().get(0), new FaqItem("Is coffee bad?", "Not before noon."),
                BASE.faq().get(1))));

        assertEquals(List.of(added("Q: Is coffee bad?"), added("A: Not before noon.")),
                only(RevisionDiff.between(BASE, after)).lines().stream().filter(line -> !line.isUnchanged()).toList());
    }

    @Test
    void referencesAreOneLineEach() {
        Article after = change(b -> b.references(List.of(BASE.references().get(0),
                new Reference("Caffeine and sleep", "Sleep Journal", 2023, "https://example.org/caffeine", null),
                BASE.references().get(1))));

        FieldChange references = only(RevisionDiff.between(BASE, after));

        assertEquals("References", references.label());
        assertEquals(List.of(unchanged("Sleep and health — NHS, 2024 — https://www.nhs.uk/sleep"),
                added("Caffeine and sleep — Sleep Journal, 2023 — https://example.org/caffeine"),
                unchanged("Insomnia guideline")), references.lines());
    }

    @Test
    void emptyListsAndTextsBecomeAllAddedLines() {
        Article before = change(b -> b.faq(List.of()).references(List.of()).body(""));

        List<FieldChange> changes = RevisionDiff.between(before, BASE);

        assertEquals(List.of("Body", "FAQ", "References"), changes.stream().map(FieldChange::label).toList());
        for (FieldChange change : changes) {
            assertTrue(change.lines().stream().allMatch(DiffLine::isAdded), change.label());
        }
    }

    /** A field added to Article later must be compared too: this fails until it is listed here and in the diff. */
    @Test
    void everyContentFieldOfAnArticleIsCompared() throws Exception {
        // reviewDue follows from the review, the intervals and the date set by hand (article.ReviewCycle);
        // contentUpdatedAt is moved by the kind of a save (an update or a correction), not by what the revision holds.
        Set<String> notContent = Set.of("id", "version", "createdAt", "updatedAt", "reviewDue", "contentUpdatedAt");
        Map<String, Object> otherValues = Map.ofEntries(
                Map.entry("slug", "other-slug"), Map.entry("title", "Other"), Map.entry("metaTitle", "Other"),
                Map.entry("metaDescription", "Other"), Map.entry("focusKeyword", "other"),
                Map.entry("lead", "Other"), Map.entry("body", "Other"),
                Map.entry("author", Author.organization("Other")),
                Map.entry("review", new MedicalReview("Other", "PhD", null)),
                Map.entry("nextReviewDue", LocalDate.of(2030, 1, 1)), Map.entry("reviewEveryMonths", 6),
                Map.entry("topic", "Other"),
                Map.entry("status", ArticleStatus.DRAFT), Map.entry("publishedAt", Instant.parse("2030-01-01T00:00:00Z")),
                Map.entry("faq", List.of()), Map.entry("references", List.of()),
                Map.entry("heroImage", new HeroImage(1, "Other", 1, 1, "image/png", "ef".repeat(32), true)));
        RecordComponent[] components = Article.class.getRecordComponents();
        for (RecordComponent component : components) {
            if (notContent.contains(component.getName())) {
                continue;
            }
            assertTrue(otherValues.containsKey(component.getName()), "no other value for " + component.getName());
            Object[] arguments = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                arguments[i] = components[i] == component
                        ? otherValues.get(component.getName())
                        : components[i].getAccessor().invoke(BASE);
            }
            Article changed = Article.class.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class[]::new)).newInstance(arguments);

            assertFalse(RevisionDiff.between(BASE, changed).isEmpty(), component.getName() + " is compared");
        }
    }

    private static Article change(UnaryOperator<Article.Builder> edit) {
        return edit.apply(BASE.toBuilder()).build();
    }

    private static FieldChange only(List<FieldChange> changes) {
        assertEquals(1, changes.size(), changes.toString());
        return changes.get(0);
    }

    private static Map<String, List<String>> beforeAndAfter(List<FieldChange> changes) {
        return changes.stream().collect(java.util.stream.Collectors.toMap(FieldChange::label,
                change -> List.of(change.before(), change.after())));
    }
}
