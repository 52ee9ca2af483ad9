package com.healthpress.revision;

import com.healthpress.article.Article;
import com.healthpress.article.Author;
import com.healthpress.article.FaqItem;
import com.healthpress.article.HeroImage;
import com.healthpress.article.Reference;
import com.healthpress.site.Dates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongPredicate;
import java.util.stream.Collectors;

/**
 * What changed between two saved states of an article: only the fields that differ, with the labels and in the
 * order of the editor. Fields are compared as they read, so values that read the same count as the same; line
 * break style and line breaks at the end of a long text do not count. Id, version and timestamps are not content.
 */
public final class RevisionDiff {

    private record Field(String label, boolean lineByLine, Function<Article, String> text) {
    }

    /** The fields in the editor's order; {@code isStored} tells whether an image id is still stored. */
    private static List<Field> fields(LongPredicate isStored) {
        return List.of(
            brief("Title", Article::title),
            brief("Slug", Article::slug),
            brief("Meta title", Article::metaTitle),
            brief("Meta description", Article::metaDescription),
            brief("Focus keyword", Article::focusKeyword),
            lineByLine("Lead", Article::lead),
            lineByLine("Body", Article::body),
            brief("Author", a -> a.author().name()),
            brief("Author type", a -> a.author().kind() == Author.Kind.Person ? "Person" : "Organisation"),
            brief("Medical reviewer", a -> a.hasReview() ? text(a.review().reviewerName()) : ""),
            brief("Reviewer credentials", a -> a.hasReview() ? text(a.review().credentials()) : ""),
            brief("Last reviewed", a -> a.hasReview() ? day(a.review().lastReviewed()) : ""),
            brief("Next review due", a -> day(a.nextReviewDue())),
            brief("Review every (months)", a -> a.reviewEveryMonths() == null ? "" : a.reviewEveryMonths().toString()),
            brief("Topic", a -> text(a.topic())),
            brief("Status", a -> a.isPublished() ? "Published" : "Draft"),
            brief("Publication date", a -> Moments.text(a.publishedAt())),
            brief("Hero image", a -> heroImage(a.heroImage(), isStored)),
            brief("Hero image alt text", a -> a.hasHeroImage() ? text(a.heroImage().alt()) : ""),
            lineByLine("FAQ", a -> faq(a.faq())),
            lineByLine("References", a -> references(a.references())));
    }

    private RevisionDiff() {
    }

    /** The fields that differ from {@code before} to {@code after}; empty when the content is the same. */
    public static List<FieldChange> between(Article before, Article after) {
        return between(before, after, imageId -> true);
    }

    /** As {@link #between(Article, Article)}, saying of an image that is no longer stored that it is gone. */
    public static List<FieldChange> between(Article before, Article after, LongPredicate isStored) {
        List<FieldChange> changes = new ArrayList<>();
        for (Field field : fields(isStored)) {
            String old = field.text().apply(before);
            String now = field.text().apply(after);
            if (field.lineByLine()) {
                List<String> oldLines = LineChanges.lines(withoutTrailingBreaks(old));
                List<String> newLines = LineChanges.lines(withoutTrailingBreaks(now));
                if (!oldLines.equals(newLines)) {
                    changes.add(new FieldChange(field.label(), old, now, LineChanges.between(oldLines, newLines)));
                }
            } else if (!old.equals(now)) {
                changes.add(new FieldChange(field.label(), old, now, List.of()));
            }
        }
        return List.copyOf(changes);
    }

    private static Field brief(String label, Function<Article, String> text) {
        return new Field(label, false, text);
    }

    private static Field lineByLine(String label, Function<Article, String> text) {
        return new Field(label, true, a -> text(text.apply(a)));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String day(LocalDate date) {
        return Dates.day(date);
    }

    private static String heroImage(HeroImage image, LongPredicate isStored) {
        if (image == null) {
            return "";
        }
        return "Image " + image.imageId() + " (" + image.width() + " × " + image.height() + " pixels, "
                + image.contentType() + (isStored.test(image.imageId()) ? "" : ", image no longer stored") + ")";
    }

    /** Each item as a "Q: …" line and an "A: …" line, so that a changed answer shows as one changed line. */
    private static String faq(List<FaqItem> items) {
        return items.stream()
                .map(item -> "Q: " + text(item.question()) + "\nA: " + text(item.answer()))
                .collect(Collectors.joining("\n"));
    }

    /**
     * One line per reference: "Title — Publisher, 2024 — https://… — accessed 3 March 2026", leaving out the parts it
     * lacks (revisions saved before references had an accessed date read as having none).
     */
    private static String references(List<Reference> references) {
        return references.stream().map(RevisionDiff::reference).collect(Collectors.joining("\n"));
    }

    private static String reference(Reference reference) {
        StringBuilder line = new StringBuilder(text(reference.title()));
        String source = joinPresent(reference.publisher(),
                reference.publishedYear() == null ? null : reference.publishedYear().toString());
        if (!source.isEmpty()) {
            line.append(" — ").append(source);
        }
        if (reference.url() != null && !reference.url().isBlank()) {
            line.append(" — ").append(reference.url());
        }
        if (reference.accessedOn() != null) {
            line.append(" — accessed ").append(day(reference.accessedOn()));
        }
        return line.toString();
    }

    private static String joinPresent(String first, String second) {
        boolean hasFirst = first != null && !first.isBlank();
        boolean hasSecond = second != null && !second.isBlank();
        if (hasFirst && hasSecond) {
            return first + ", " + second;
        }
        return hasFirst ? first : hasSecond ? second : "";
    }

    private static String withoutTrailingBreaks(String text) {
        int end = text.length();
        while (end > 0 && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return text.substring(0, end);
    }
}
