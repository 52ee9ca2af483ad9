package com.healthpress.account;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Where to send an admin after logging in: the {@code next} path the login page was given, when it is a plain
 * local /admin path; anything else (another host, a scheme, backslashes, dot segments, control characters) sends
 * them to {@link #HOME}.
 */
final class NextPath {

    static final String HOME = "/admin";
    private static final int MAX_LENGTH = 2000;

    private NextPath() {
    }

    static String orHome(String next) {
        return isSafe(next) ? next : HOME;
    }

    static boolean isSafe(String next) {
        if (next == null || next.isEmpty() || next.length() > MAX_LENGTH || !isPlainAscii(next)) {
            return false;
        }
        if (!(next.equals(HOME) || next.startsWith(HOME + "/") || next.startsWith(HOME + "?"))) {
            return false;
        }
        URI uri;
        try {
            uri = new URI(next);
        } catch (URISyntaxException e) {
            return false;
        }
        String path = uri.getPath();
        return uri.getScheme() == null && uri.getRawAuthority() == null && uri.getRawFragment() == null
                && path != null && isPlainPath(path) && !isLoginOrSetup(path);
    }

    /** Printable ASCII without backslashes: browsers treat "\" as "/" and ignore tabs and new lines. */
    private static boolean isPlainAscii(String next) {
        return next.chars().allMatch(c -> c > 0x20 && c < 0x7f && c != '\\');
    }

    /** The decoded path, with no empty or dot segments and no encoded slashes, backslashes or controls. */
    private static boolean isPlainPath(String path) {
        if (!path.startsWith(HOME) || path.contains("//") || !isPlainAscii(path)) {
            return false;
        }
        for (String segment : path.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return true;
    }

    /** Returning to the login or setup page after logging in would only go round in a circle. */
    private static boolean isLoginOrSetup(String path) {
        return path.startsWith("/admin/login") || path.startsWith("/admin/logout") || path.startsWith("/admin/setup")
                || path.startsWith("/admin/invite");
    }
}
