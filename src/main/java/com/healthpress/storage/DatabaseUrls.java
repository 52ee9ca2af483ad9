package com.healthpress.storage;

import java.util.regex.Pattern;

/** Database URLs as messages may show them: without a password, given as a parameter or before the host. */
public final class DatabaseUrls {

    /** password=… in a PostgreSQL query string (sslpassword too) or an H2 setting, up to the next & or ;. */
    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)(password=)[^&;]*");
    /** user:password@ before the host. */
    private static final Pattern PASSWORD_BEFORE_HOST = Pattern.compile("(//[^/?#@:]*:)[^/?#@]*@");

    private DatabaseUrls() {
    }

    /** The text with the password of any database URL in it replaced by ***. */
    public static String redacted(String text) {
        String withoutParameter = PASSWORD_PARAMETER.matcher(text).replaceAll("$1***");
        return PASSWORD_BEFORE_HOST.matcher(withoutParameter).replaceAll("$1***@");
    }

    /** What a command says when the database does not open: the URL and the cause, neither with a password. */
    public static String cannotOpen(String url, RuntimeException cause) {
        return "cannot open the database " + redacted(url) + ": " + redacted(String.valueOf(cause.getMessage()));
    }
}
