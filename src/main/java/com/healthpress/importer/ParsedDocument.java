package com.healthpress.importer;

import com.healthpress.article.Author;
import com.healthpress.article.FaqItem;
import com.healthpress.article.MedicalReview;
import com.healthpress.article.Reference;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Everything an article document says, read and checked but not yet stored. The body is Markdown. */
record ParsedDocument(
        String title,
        String metaTitle,
        String metaDescription,
        String focusKeyword,
        String lead,
        String body,
        List<String> sectionHeadings,
        Author author,
        Optional<MedicalReview> review,
        Optional<String> topic,
        Optional<Instant> datePublished,
        Optional<WantedSlug> wantedSlug,
        List<FaqItem> faq,
        List<Reference> references,
        List<ImportWarning> warnings) {

    ParsedDocument {
        sectionHeadings = List.copyOf(sectionHeadings);
        faq = List.copyOf(faq);
        references = List.copyOf(references);
        warnings = List.copyOf(warnings);
    }

    Optional<String> slug() {
        return wantedSlug.map(WantedSlug::slug);
    }
}
