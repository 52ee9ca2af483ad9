package com.healthpress.links;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a link of an article body leads, when it leads to an article's address: the host it names ("" for a link
 * without one, which stays on the site) and the slug. Read as a browser on an article page reads it: relative
 * addresses resolve against /articles/, "#section" and "?query" after the slug are the same page, percent-escapes
 * are decoded and a trailing slash names the same article. A link with only "#x" or "?x" is the page itself.
 */
public record LinkTarget(String host, String slug) {

    /** No article has a slug this long; a longer one is no address the report could name. */
    static final int MAX_SLUG_LENGTH = 500;
    private static final String ARTICLES = "/articles/";
    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");
    private static final Pattern ARTICLE_PATH = Pattern.compile("/articles/([^/]+)/?");

    /** The article address a link's destination names, if it names one. */
    public static Optional<LinkTarget> of(String destination) {
        if (destination == null) {
            return Optional.empty();
        }
        String address = destination.strip();
        if (address.isEmpty() || address.startsWith("#") || address.startsWith("?")) {
            return Optional.empty();
        }
        String scheme = "";
        Matcher schemed = SCHEME.matcher(address);
        if (schemed.find()) {
            scheme = schemed.group(1).toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return Optional.empty();
            }
            address = address.substring(schemed.end());
            if (!address.startsWith("//")) {
                return Optional.empty();
            }
        }
        String host = "";
        if (address.startsWith("//")) {
            int end = endOfPart(address, 2, "/?#");
            host = hostOf(address.substring(2, end), scheme);
            address = address.substring(end);
            if (host.isEmpty()) {
                return Optional.empty();
            }
        }
        String path = address.substring(0, endOfPart(address, 0, "?#"));
        if (!path.startsWith("/")) {
            path = ARTICLES + path;
        }
        Matcher article = ARTICLE_PATH.matcher(withoutDotSegments(path));
        if (!article.matches()) {
            return Optional.empty();
        }
        String slug = decoded(article.group(1));
        if (slug.isBlank() || slug.length() > MAX_SLUG_LENGTH) {
            return Optional.empty();
        }
        return Optional.of(new LinkTarget(host, slug));
    }

    /** The host of the site's origin (BASE_URL) as {@link #of} reads hosts, so that absolute links to it compare. */
    public static String hostOfOrigin(String origin) {
        return of(origin.strip().replaceFirst("/+$", "") + ARTICLES + "x").map(LinkTarget::host).orElse("");
    }

    /** Whether the link stays on the site whose host is {@code siteHost}: relative, or absolute to that host. */
    public boolean isOn(String siteHost) {
        return host.isEmpty() || host.equals(siteHost);
    }

    /** The host in lower case without user information, and without the port its scheme uses by default. */
    private static String hostOf(String authority, String scheme) {
        String host = authority.substring(authority.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
        if (host.endsWith(":80") && !scheme.equals("https") || host.endsWith(":443") && !scheme.equals("http")) {
            host = host.substring(0, host.lastIndexOf(':'));
        }
        return host;
    }

    private static int endOfPart(String text, int from, String stops) {
        for (int i = from; i < text.length(); i++) {
            if (stops.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return text.length();
    }

    /** The path with "." and ".." segments resolved, as a browser resolves them (RFC 3986, 5.2.4). */
    private static String withoutDotSegments(String path) {
        Deque<String> kept = new ArrayDeque<>();
        String[] segments = path.substring(1).split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            boolean last = i == segments.length - 1;
            if (segment.equals("..")) {
                kept.pollLast();
                if (last) {
                    kept.add("");
                }
            } else if (segment.equals(".")) {
                if (last) {
                    kept.add("");
                }
            } else {
                kept.add(segment);
            }
        }
        return "/" + String.join("/", kept);
    }

    /** Percent-escapes decoded as UTF-8; a malformed escape stays as it is. */
    private static String decoded(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            if (c == '%' && i + 2 < text.length() && isHex(text.charAt(i + 1)) && isHex(text.charAt(i + 2))) {
                bytes.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 3;
            } else {
                int codePoint = text.codePointAt(i);
                bytes.writeBytes(Character.toString(codePoint).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(codePoint);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
