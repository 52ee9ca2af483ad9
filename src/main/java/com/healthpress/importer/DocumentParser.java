package com.healthpress.importer;

import com.healthpress.article.MedicalReview;
import com.healthpress.article.Reference;
import com.healthpress.markdown.Citation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Reads a whole article document into the values of an article, or says where and why it cannot. Any input
 * either reads or fails with an {@link ImportException}; nothing else is thrown.
 */
final class DocumentParser {

    static final int META_DESCRIPTION_LENGTH = 160;

    private DocumentParser() {
    }

    static ParsedDocument parse(String document) throws ImportException {
        SourceText source = SourceText.of(document);
        DocumentLayout layout = DocumentLayout.split(source);
        DocumentSchemas schemas = DocumentSchemas.of(layout);
        List<ImportWarning> warnings = new ArrayList<>(layout.warnings());

        List<FaqSchema.Question> questions = FaqSchema.read(schemas.faqPage(), warnings);
        FaqText.Match faq = FaqText.match(layout.text(), questions);
        warnings.addAll(faq.warnings());
        ArticleText text = ArticleText.read(layout.text().subList(0, faq.start()), schemas.headline(),
                layout.textLine());
        warnings.addAll(text.warnings());

        Optional<MedicalReview> review = schemas.review(warnings);
        List<Reference> references = schemas.references();
        for (Citation citation : text.citations()) {
            if (!citation.citesOneOf(references.size())) {
                throw ImportException.atLine(citation.line(), citation.marker() + " cites no reference: "
                        + citation.whyUnknown(references.size()));
            }
        }
        warnings.sort(Comparator.comparingInt(ImportWarning::line));
        return new ParsedDocument(
                text.title(),
                schemas.metaTitle().orElse(text.title()),
                schemas.metaDescription().orElseGet(() -> cutAtWord(text.lead())),
                schemas.focusKeyword().orElse(""),
                text.lead(),
                text.body(),
                text.sectionHeadings(),
                schemas.author(),
                review,
                schemas.topic(),
                schemas.datePublished(),
                schemas.slug(),
                faq.items(),
                references,
                warnings);
    }

    /** The text cut at a word boundary to at most {@value #META_DESCRIPTION_LENGTH} characters. */
    static String cutAtWord(String text) {
        if (text.length() <= META_DESCRIPTION_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', META_DESCRIPTION_LENGTH);
        if (cut <= 0) {
            cut = Character.isHighSurrogate(text.charAt(META_DESCRIPTION_LENGTH - 1))
                    ? META_DESCRIPTION_LENGTH - 1 : META_DESCRIPTION_LENGTH;
        }
        String cutText = text.substring(0, cut);
        int end = cutText.length();
        while (end > 0 && " ,;:-–—".indexOf(cutText.charAt(end - 1)) >= 0) {
            end--;
        }
        return cutText.substring(0, end);
    }
}
