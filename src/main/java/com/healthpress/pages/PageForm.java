package com.healthpress.pages;

import com.healthpress.article.Slugs;
import com.healthpress.page.Page;
import com.healthpress.page.PageContent;
import com.healthpress.page.PageKind;
import com.healthpress.page.PageStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The page editor's fields as typed, and the rules they must pass before a save. */
public record PageForm(String title, String slug, String body, String kind, String status, String version,
                       String summary) {

    public static final int TITLE_MAX = 200;
    public static final int BODY_MAX = 200_000;
    public static final int SUMMARY_MAX = 300;
    public static final int SLUG_MAX = Slugs.MAX_LENGTH;

    public static PageForm blank() {
        return new PageForm("", "", "", PageKind.WEB_PAGE.name(), PageStatus.DRAFT.name(), "0", "");
    }

    public static PageForm of(Page page) {
        return new PageForm(page.title(), page.slug(), page.body(), page.kind().name(), page.status().name(),
                String.valueOf(page.version()), "");
    }

    public static PageForm read(Map<String, List<String>> fields) {
        return new PageForm(field(fields, "title"), field(fields, "slug"), field(fields, "body"),
                field(fields, "kind"), field(fields, "status"), field(fields, "version"), field(fields, "summary"));
    }

    /** The same form starting from another version: after a conflict, saving again knowingly replaces theirs. */
    public PageForm withVersion(int newVersion) {
        return new PageForm(title, slug, body, kind, status, String.valueOf(newVersion), summary);
    }

    public int versionNumber() {
        return version.matches("\\d{1,9}") ? Integer.parseInt(version) : -1;
    }

    /** The checked content, or the problems next to their fields. */
    public Result validate() {
        Map<String, String> errors = new LinkedHashMap<>();
        String cleanTitle = title.strip();
        if (cleanTitle.isEmpty()) {
            errors.put("title", "Give the page a title.");
        } else if (cleanTitle.length() > TITLE_MAX) {
            errors.put("title", "Keep the title to " + TITLE_MAX + " characters.");
        }
        String cleanSlug = slug.isBlank() ? Slugs.fromTitle(cleanTitle) : slug.strip();
        if (!Slugs.isValid(cleanSlug)) {
            errors.put("slug", "Use lower-case letters, digits and single hyphens, at most " + SLUG_MAX
                    + " characters (for example corrections-policy).");
        }
        if (body.isBlank()) {
            errors.put("body", "Write the page's text.");
        } else if (body.length() > BODY_MAX) {
            errors.put("body", "Keep the text to " + BODY_MAX + " characters.");
        }
        PageKind pageKind = parse(PageKind.class, kind);
        if (pageKind == null) {
            errors.put("kind", "Choose what kind of page this is.");
        }
        PageStatus pageStatus = parse(PageStatus.class, status);
        if (pageStatus == null) {
            errors.put("status", "Choose draft or published.");
        }
        if (summary.length() > SUMMARY_MAX) {
            errors.put("summary", "Keep the note to " + SUMMARY_MAX + " characters.");
        }
        if (!errors.isEmpty()) {
            return new Result(errors, null);
        }
        return new Result(Map.of(), new PageContent(cleanSlug, cleanTitle, body.replace("\r\n", "\n"), pageKind,
                pageStatus));
    }

    /** The note for the history: what the editor typed, else "Edited". */
    public String summaryOrDefault() {
        return summary.isBlank() ? "Edited" : summary.strip();
    }

    public record Result(Map<String, String> errors, PageContent content) {
        public boolean isValid() {
            return errors.isEmpty();
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name) {
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(name)) {
                return value;
            }
        }
        return null;
    }

    static String field(Map<String, List<String>> fields, String name) {
        List<String> values = fields.get(name);
        return values == null || values.isEmpty() || values.get(0) == null ? "" : values.get(0);
    }
}
