package com.healthpress.redirects;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The rules for the two addresses of a redirect. The address it answers is kept as a request names it once decoded:
 * a path with its percent-escapes decoded and without trailing slashes ("/café", "/old-page"), so every spelling of
 * one address is one redirect, with, for a redirect that answers one query only, its parameters sorted
 * ("/index.php?id=12&lang=en"). Where it sends readers is a path on this site, percent-encoded, or an absolute
 * http(s) URL; an absolute URL on this site's own host is kept as its path.
 */
public final class RedirectAddresses {

    public static final int FROM_MAX = 500;
    public static final int TO_MAX = 2000;
    public static final String FROM = "from";
    public static final String TO = "to";
    /**
     * Addresses of the site itself, never redirected: the admin (any path that starts so, as the admin's guard
     * reads it), static files, images, health checks and the API.
     */
    private static final List<String> RESERVED = List.of("/static", "/images", "/healthz", "/readyz", "/api");

    private final String siteHost;
    private final int sitePort;

    public RedirectAddresses(String baseUrl) {
        URI site = URI.create(baseUrl);
        this.siteHost = site.getHost().toLowerCase(Locale.ROOT);
        this.sitePort = port(site);
    }

    /** The address a redirect answers, normalised, from what an editor typed (a path, or a full URL of it). */
    public String from(String typed) throws RedirectRefused {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            throw new RedirectRefused(FROM, "Give the address to redirect, such as /old-page.");
        }
        if (hasHttpScheme(text)) {
            URI url = url(FROM, text);
            text = pathOf(url) + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
        }
        if (!text.startsWith("/") || text.startsWith("//")) {
            throw new RedirectRefused(FROM, "“" + text + "” is not an address on this site: start it with one /, as "
                    + "in /old-page.");
        }
        if (text.indexOf('#') >= 0) {
            throw new RedirectRefused(FROM, "Leave out the part from #: browsers never send it, so no redirect can "
                    + "answer it.");
        }
        int question = text.indexOf('?');
        String path = pathKey(question < 0 ? text : text.substring(0, question));
        if (path == null || hasControlCharacter(path) || hasDotSegment(path)) {
            throw new RedirectRefused(FROM, "“" + text + "” is not a valid path: check its %-escapes, and leave out "
                    + "control characters and /./ or /../.");
        }
        if (path.equals("/")) {
            throw new RedirectRefused(FROM, "The home page cannot be redirected.");
        }
        if (isReserved(path)) {
            throw new RedirectRefused(FROM, path + " belongs to the site itself (the admin, static files, images, "
                    + "health checks or the API) and cannot be redirected.");
        }
        String query = question < 0 ? "" : queryKey(text.substring(question + 1));
        if (query == null) {
            throw new RedirectRefused(FROM, "The query string after ? has characters an address cannot carry: write "
                    + "them as %-escapes.");
        }
        String from = query.isEmpty() ? path : path + "?" + query;
        if (from.length() > FROM_MAX) {
            throw new RedirectRefused(FROM, "Keep the address to " + FROM_MAX + " characters.");
        }
        return from;
    }

    /** Where a redirect sends readers, from what an editor typed: a site path or an absolute http(s) URL. */
    public String to(String typed) throws RedirectRefused {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            throw new RedirectRefused(TO, "Give the address readers go to: a path on this site such as "
                    + "/articles/new-page, or a full https:// address.");
        }
        if (hasHttpScheme(text)) {
            URI url = url(TO, text);
            if (!isThisSite(url)) {
                return checkedLength(url.toASCIIString());
            }
            text = pathOf(url) + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery())
                    + (url.getRawFragment() == null ? "" : "#" + url.getRawFragment());
        }
        if (!text.startsWith("/") || text.startsWith("//")) {
            throw new RedirectRefused(TO, "“" + text + "” is neither a path on this site (starting with one /) nor an "
                    + "http:// or https:// address.");
        }
        int hash = text.indexOf('#');
        String fragment = hash < 0 ? null : text.substring(hash + 1);
        String beforeHash = hash < 0 ? text : text.substring(0, hash);
        int question = beforeHash.indexOf('?');
        String query = question < 0 ? null : beforeHash.substring(question + 1);
        String path = PercentEncoding.decode(question < 0 ? beforeHash : beforeHash.substring(0, question));
        if (path == null || hasControlCharacter(path)) {
            throw new RedirectRefused(TO, "“" + text + "” is not a valid path: check its %-escapes and leave out "
                    + "control characters.");
        }
        StringBuilder to = new StringBuilder(PercentEncoding.encodePath(path));
        if (query != null && !query.isEmpty()) {
            to.append('?').append(PercentEncoding.encodeRest(query));
        }
        if (fragment != null && !fragment.isEmpty()) {
            to.append('#').append(PercentEncoding.encodeRest(fragment));
        }
        return checkedLength(to.toString());
    }

    /**
     * The key a request's path (as sent, percent-escapes and all) is looked up by: decoded, without trailing
     * slashes; null when it cannot be decoded or decodes to control characters. A plain path ("/old-page") is its own
     * key, with nothing made: the cached pages' path asks this of every request while redirects exist.
     */
    public static String pathKey(String raw) {
        int length = raw.length();
        if (length == 0 || raw.charAt(0) != '/') {
            return null;
        }
        if (raw.indexOf('%') < 0 && (length == 1 || raw.charAt(length - 1) != '/')) {
            return raw;
        }
        String decoded = raw.indexOf('%') < 0 ? raw : PercentEncoding.decode(raw);
        if (decoded == null || hasControlCharacter(decoded)) {
            return null;
        }
        int end = decoded.length();
        while (end > 1 && decoded.charAt(end - 1) == '/') {
            end--;
        }
        return decoded.substring(0, end);
    }

    /**
     * A query string's parameters in sorted order ("b=2&a=1" and "a=1&b=2" are one query), empty parameters left
     * out; empty for none, null when it has characters no address carries unescaped.
     */
    public static String queryKey(String raw) {
        List<String> parameters = new ArrayList<>();
        for (String parameter : raw.split("&")) {
            if (parameter.isEmpty()) {
                continue;
            }
            for (int i = 0; i < parameter.length(); i++) {
                char c = parameter.charAt(i);
                if (c <= 0x20 || c >= 0x7f || c == '#') {
                    return null;
                }
            }
            parameters.add(parameter);
        }
        Collections.sort(parameters);
        return String.join("&", parameters);
    }

    /** A path of the site itself (admin, static files, images, health checks, API), which no redirect may answer. */
    public static boolean isReserved(String path) {
        if (path.startsWith("/admin")) {
            return true;
        }
        for (String prefix : RESERVED) {
            if (path.equals(prefix) || path.startsWith(prefix + "/")) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isISOControl(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDotSegment(String path) {
        for (String segment : path.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasHttpScheme(String text) {
        return text.regionMatches(true, 0, "http://", 0, 7) || text.regionMatches(true, 0, "https://", 0, 8);
    }

    private static URI url(String field, String text) throws RedirectRefused {
        try {
            URI url = new URI(text);
            if (url.getHost() != null) {
                return url;
            }
        } catch (URISyntaxException e) {
            // said below
        }
        throw new RedirectRefused(field, "“" + text + "” is not a valid address: check it for spaces and for "
                + "characters that need %-escapes.");
    }

    private boolean isThisSite(URI url) {
        return url.getHost().toLowerCase(Locale.ROOT).equals(siteHost)
                && (url.getPort() == -1 || url.getPort() == sitePort);
    }

    private static String pathOf(URI url) {
        return url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
    }

    private static int port(URI url) {
        if (url.getPort() != -1) {
            return url.getPort();
        }
        return "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
    }

    private static String checkedLength(String to) throws RedirectRefused {
        if (to.length() > TO_MAX) {
            throw new RedirectRefused(TO, "Keep the address to " + TO_MAX + " characters.");
        }
        return to;
    }
}
