package com.healthpress;

import com.healthpress.account.AdminSession;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** The editor's form for a short draft, as a browser sends it, for tests that save articles over HTTP. */
public final class DraftForm {

    private DraftForm() {
    }

    /** The fields that save a draft with this slug and lead over {@code version} (0 for a new article). */
    public static List<Map.Entry<String, String>> fields(String slug, String lead, int version) {
        return List.of(
                Map.entry("title", "Draft " + slug),
                Map.entry("slug", slug),
                Map.entry("lead", lead),
                Map.entry("body", "## Care\r\n\r\nRest briefly, then move gently again."),
                Map.entry("authorName", "Dr Sam Lee"),
                Map.entry("authorKind", "Person"),
                Map.entry("createAuthor", "on"),
                Map.entry("status", "draft"),
                Map.entry("version", String.valueOf(version)),
                Map.entry("action", "save"));
    }

    /** Creates a draft with this slug through the editor and returns the new article's id. */
    static long create(AdminClient admin, String slug) {
        HttpResponse<String> response = admin.post("/admin/articles", fields(slug, "First draft.", 0));
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 303 || !location.matches("/admin/articles/\\d+\\?notice=created")) {
            throw new IllegalStateException("creating " + slug + " answered " + response.statusCode() + " "
                    + location + "\n" + response.body());
        }
        return Long.parseLong(location.substring("/admin/articles/".length(), location.indexOf('?')));
    }

    /** The version an editor page's form would save over. */
    static int versionOn(HttpResponse<String> editorPage) {
        Element version = Jsoup.parse(editorPage.body()).selectFirst("form.editor input[name=version]");
        if (editorPage.statusCode() != 200 || version == null) {
            throw new IllegalStateException("no editor form: " + editorPage.statusCode() + "\n" + editorPage.body());
        }
        return Integer.parseInt(version.attr("value"));
    }

    /** The fields as an application/x-www-form-urlencoded body, with the session's CSRF token first. */
    public static String urlEncoded(List<Map.Entry<String, String>> fields, String csrfToken) {
        return Stream.concat(Stream.of(Map.entry(AdminSession.CSRF_FIELD, csrfToken)), fields.stream())
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
