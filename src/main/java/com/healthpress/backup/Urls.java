package com.healthpress.backup;

import java.util.regex.Pattern;

/** Database URLs as messages may show them: without a password. */
final class Urls {

    private static final Pattern PASSWORD = Pattern.compile("(?i)(password=)[^&;]*");

    private Urls() {
    }

    static String redacted(String url) {
        return PASSWORD.matcher(url).replaceAll("$1***");
    }
}
