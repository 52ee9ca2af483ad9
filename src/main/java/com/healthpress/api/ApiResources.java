package com.healthpress.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the Content API answers, as records Jackson writes (in snake_case): the shapes the OpenAPI description
 * ({@code /api/v1/openapi.json}) documents, one record per schema.
 */
public final class ApiResources {

    private ApiResources() {
    }

    /** A page of a list, with the address of the next page (null on the last). */
    public record Page<T>(List<T> items, String next) {
    }

    /** An article as a list shows it. */
    public record ArticleItem(long id, String slug, String title, String lead, TopicRef topic, Instant publishedAt,
                              Instant modifiedAt, String url, String apiUrl, Image image) {
    }

    /** An article in full. */
    public record Article(long id, String slug, String url, String title, String lead, String metaTitle,
                          String metaDescription, TopicRef topic, Instant publishedAt, Instant updatedAt,
                          Instant modifiedAt, Byline author, Reviewer reviewer, String bodyHtml, String bodyMarkdown,
                          List<Faq> faq, List<Reference> references, Image image) {
    }

    public record TopicRef(String slug, String name, String url) {
    }

    /** A person or organisation who wrote an article; profile and url are null without a profile page. */
    public record Byline(String name, String kind, String credentials, String slug, String url) {
    }

    /** The clinician who reviewed an article, and when. */
    public record Reviewer(String name, String credentials, String slug, String url, LocalDate lastReviewed) {
    }

    public record Faq(String question, String answer) {
    }

    public record Reference(String title, String publisher, Integer publishedYear, String url, LocalDate accessedOn) {
    }

    /** The lead image: the original and every variant (widths, crops, thumbnail), with absolute URLs. */
    public record Image(String alt, int width, int height, Rendition original, List<Rendition> variants) {
    }

    public record Rendition(String url, int width, int height, String contentType) {
    }

    /** A topic with public articles. */
    public record Topic(String slug, String name, String url, String apiUrl, Instant lastChangedAt) {
    }

    /** A person or organisation with a profile page (who wrote or reviewed a public article). */
    public record Person(String slug, String name, String kind, String credentials, String jobTitle, String bio,
                         List<String> sameAs, String url, Image photo) {
    }
}
