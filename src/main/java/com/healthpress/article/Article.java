package com.healthpress.article;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A health article with its FAQ, references and hero image. The body is Markdown whose level-two headings are
 * the sections. review, nextReviewDue, reviewEveryMonths, reviewDue, topic, publishedAt and heroImage may be null.
 * nextReviewDue is a next-review date set by hand; reviewDue is the one the article has by {@link ReviewCycle}
 * (stored on every write, read-only here). An article whose status is published but whose publication time has not
 * come yet is scheduled.
 */
public record Article(
        long id,
        String slug,
        String title,
        String metaTitle,
        String metaDescription,
        String focusKeyword,
        String lead,
        String body,
        Author author,
        MedicalReview review,
        LocalDate nextReviewDue,
        Integer reviewEveryMonths,
        LocalDate reviewDue,
        String topic,
        ArticleStatus status,
        Instant publishedAt,
        Instant createdAt,
        Instant updatedAt,
        Instant contentUpdatedAt,
        int version,
        List<FaqItem> faq,
        List<Reference> references,
        HeroImage heroImage) {

    public Article {
        faq = List.copyOf(faq);
        references = List.copyOf(references);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    public boolean isPublished() {
        return status == ArticleStatus.PUBLISHED;
    }

    /** Whether readers see it at {@code now}: published, its time come (the trash is not told by the article). */
    public boolean isPublicAt(Instant now) {
        return isPublished() && publishedAt != null && !publishedAt.isAfter(now);
    }

    /** Published, but with a publication time still to come. */
    public boolean isScheduledAfter(Instant now) {
        return isPublished() && publishedAt != null && publishedAt.isAfter(now);
    }

    /**
     * When readers last saw the article change: its publication, or a later substantive update or correction. Minor
     * edits move updatedAt only (see {@link ChangeKind}); before contentUpdatedAt was kept, updatedAt stands in.
     */
    public Instant lastPublicChange() {
        Instant changed = contentUpdatedAt != null ? contentUpdatedAt : updatedAt;
        if (publishedAt == null) {
            return changed;
        }
        return changed == null || publishedAt.isAfter(changed) ? publishedAt : changed;
    }

    public boolean hasReview() {
        return review != null;
    }

    /** The last review's date, or null when there is none. */
    public LocalDate lastReviewed() {
        return review == null ? null : review.lastReviewed();
    }

    /** The same article with its next-review date worked out by {@link ReviewCycle}. */
    public Article withReviewDue(Integer topicMonths) {
        return toBuilder().reviewDue(ReviewCycle.due(lastReviewed(), nextReviewDue, reviewEveryMonths, topicMonths))
                .build();
    }

    public boolean hasTopic() {
        return topic != null && !topic.isBlank();
    }

    public String topicSlug() {
        return hasTopic() ? Slugs.of(topic) : null;
    }

    public boolean hasFaq() {
        return !faq.isEmpty();
    }

    public boolean hasReferences() {
        return !references.isEmpty();
    }

    public boolean hasHeroImage() {
        return heroImage != null;
    }

    public Article withFaq(List<FaqItem> items) {
        return toBuilder().faq(items).build();
    }

    /** Builds articles one named field at a time; unset text fields are empty, lists are empty. */
    public static final class Builder {
        private long id;
        private String slug = "";
        private String title = "";
        private String metaTitle = "";
        private String metaDescription = "";
        private String focusKeyword = "";
        private String lead = "";
        private String body = "";
        private Author author = Author.organization("Editorial team");
        private MedicalReview review;
        private LocalDate nextReviewDue;
        private Integer reviewEveryMonths;
        private LocalDate reviewDue;
        private String topic;
        private ArticleStatus status = ArticleStatus.DRAFT;
        private Instant publishedAt;
        private Instant createdAt;
        private Instant updatedAt;
        private Instant contentUpdatedAt;
        private int version;
        private List<FaqItem> faq = List.of();
        private List<Reference> references = List.of();
        private HeroImage heroImage;

        private Builder() {
        }

        private Builder(Article a) {
            id = a.id;
            slug = a.slug;
            title = a.title;
            metaTitle = a.metaTitle;
            metaDescription = a.metaDescription;
            focusKeyword = a.focusKeyword;
            lead = a.lead;
            body = a.body;
            author = a.author;
            review = a.review;
            nextReviewDue = a.nextReviewDue;
            reviewEveryMonths = a.reviewEveryMonths;
            reviewDue = a.reviewDue;
            topic = a.topic;
            status = a.status;
            publishedAt = a.publishedAt;
            createdAt = a.createdAt;
            updatedAt = a.updatedAt;
            contentUpdatedAt = a.contentUpdatedAt;
            version = a.version;
            faq = a.faq;
            references = a.references;
            heroImage = a.heroImage;
        }

        public Builder id(long value) { id = value; return this; }
        public Builder slug(String value) { slug = value; return this; }
        public Builder title(String value) { title = value; return this; }
        public Builder metaTitle(String value) { metaTitle = value; return this; }
        public Builder metaDescription(String value) { metaDescription = value; return this; }
        public Builder focusKeyword(String value) { focusKeyword = value; return this; }
        public Builder lead(String value) { lead = value; return this; }
        public Builder body(String value) { body = value; return this; }
        public Builder author(Author value) { author = value; return this; }
        public Builder review(MedicalReview value) { review = value; return this; }
        public Builder nextReviewDue(LocalDate value) { nextReviewDue = value; return this; }
        public Builder reviewEveryMonths(Integer value) { reviewEveryMonths = value; return this; }
        public Builder reviewDue(LocalDate value) { reviewDue = value; return this; }
        public Builder topic(String value) { topic = value; return this; }
        public Builder status(ArticleStatus value) { status = value; return this; }
        public Builder publishedAt(Instant value) { publishedAt = value; return this; }
        public Builder createdAt(Instant value) { createdAt = value; return this; }
        public Builder updatedAt(Instant value) { updatedAt = value; return this; }
        public Builder contentUpdatedAt(Instant value) { contentUpdatedAt = value; return this; }
        public Builder version(int value) { version = value; return this; }
        public Builder faq(List<FaqItem> value) { faq = value; return this; }
        public Builder references(List<Reference> value) { references = value; return this; }
        public Builder heroImage(HeroImage value) { heroImage = value; return this; }

        public Article build() {
            return new Article(id, slug, title, metaTitle, metaDescription, focusKeyword, lead, body, author, review,
                    nextReviewDue, reviewEveryMonths, reviewDue, topic, status, publishedAt, createdAt, updatedAt,
                    contentUpdatedAt, version, faq, references, heroImage);
        }
    }
}
