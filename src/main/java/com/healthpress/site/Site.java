package com.healthpress.site;

/** The public identity of the site: its name and the origin every absolute URL starts with. */
public record Site(String name, String baseUrl) {

    /** The absolute URL of a path on this site ("/articles/x" → "https://example.com/articles/x"). */
    public String url(String path) {
        return baseUrl + (path.startsWith("/") ? path : "/" + path);
    }

    public String homeUrl() {
        return baseUrl + "/";
    }

    public static String articlePath(String slug) {
        return "/articles/" + slug;
    }

    public static String topicPath(String topicSlug) {
        return "/topics/" + topicSlug;
    }
}
