package com.healthpress.importer;

import com.healthpress.article.Reference;
import com.healthpress.article.SafeUrls;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The extension key {@code references}: the sources the article cites, in the order the body numbers them
 * ({@code [^1]} is the first). Each is {@code {"title": …, "publisher": …, "year": 2024, "url": "https://…",
 * "accessed": "2026-03-01"}}, only the title required.
 */
final class ReferenceSchema {

    static final int MAX_REFERENCES = 100;
    private static final int TITLE_MAX_LENGTH = 500;
    private static final int PUBLISHER_MAX_LENGTH = 300;
    private static final int URL_MAX_LENGTH = 2_000;

    private ReferenceSchema() {
    }

    static List<Reference> read(SourcedJson references) throws ImportException {
        List<SourcedJson> items = references.items();
        if (items.size() > MAX_REFERENCES) {
            throw references.error("\"references\" lists " + items.size() + " sources; an article can have at most "
                    + MAX_REFERENCES);
        }
        List<Reference> read = new ArrayList<>();
        for (SourcedJson item : items) {
            read.add(reference(item.requireObjectIfPresent()));
        }
        return read;
    }

    private static Reference reference(SourcedJson item) throws ImportException {
        SourcedJson title = item.get("title");
        String text = text(title, TITLE_MAX_LENGTH)
                .orElseThrow(() -> title.error(item.describe() + " needs a \"title\""));
        Optional<String> url = text(item.get("url"), URL_MAX_LENGTH);
        if (url.isPresent() && !SafeUrls.isHttp(url.get())) {
            throw item.get("url").error("\"url\" must start with https:// or http://, got "
                    + Quoting.shortQuote(url.get()));
        }
        return new Reference(text, text(item.get("publisher"), PUBLISHER_MAX_LENGTH).orElse(null),
                year(item.get("year")).orElse(null), url.orElse(null),
                SchemaDates.day(item.get("accessed")).orElse(null));
    }

    /** A year of four digits, written as a number or as text. */
    private static Optional<Integer> year(SourcedJson year) throws ImportException {
        Optional<String> digits = year.textOrWholeNumber();
        if (digits.isPresent() && !digits.get().matches("[0-9]{4}")) {
            throw year.error("\"year\" must be a year of four digits such as 2024, got "
                    + Quoting.shortQuote(digits.get()));
        }
        return digits.map(Integer::valueOf);
    }

    private static Optional<String> text(SourcedJson value, int maxLength) throws ImportException {
        Optional<String> text = value.text();
        if (text.isPresent() && text.get().length() > maxLength) {
            throw value.error(value.describe() + " is longer than " + maxLength + " characters");
        }
        return text;
    }
}
