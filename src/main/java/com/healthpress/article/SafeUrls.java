package com.healthpress.article;

import java.util.Locale;

/** The one rule for which stored URLs may become links: absolute http(s) URLs with nothing odd in them. */
public final class SafeUrls {

    private SafeUrls() {
    }

    public static boolean isHttp(String url) {
        if (url == null) {
            return false;
        }
        String lower = url.strip().toLowerCase(Locale.ROOT);
        return (lower.startsWith("https://") || lower.startsWith("http://")) && lower.length() > "https://".length()
                && lower.chars().noneMatch(c -> Character.isWhitespace(c) || c == '"' || c == '<' || c == '>');
    }
}
