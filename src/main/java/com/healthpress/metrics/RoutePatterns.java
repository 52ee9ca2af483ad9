package com.healthpress.metrics;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The route a request's path belongs to ("/articles/{slug}"), so that requests are counted by the few routes the app
 * declares, never by the paths clients send (a crawler's 100,000 articles, or a scanner's million made-up paths,
 * would each be a time series of their own). Patterns use Javalin's syntax: {name} is one path segment, &lt;name&gt;
 * any text, * anything; a trailing slash is ignored, as Javalin ignores it. The first pattern that matches wins, in
 * the order given (Javalin's order of registration).
 */
final class RoutePatterns {

    /** The route of a path no pattern matches (a 404): one series for them all. */
    static final String UNMATCHED = "unmatched";

    private final List<String> patterns;
    private final List<String> literalPrefixes = new ArrayList<>();
    private final List<Pattern> regexes = new ArrayList<>();

    RoutePatterns(List<String> declared) {
        this.patterns = List.copyOf(new LinkedHashSet<>(declared));
        for (String pattern : patterns) {
            literalPrefixes.add(literalPrefix(pattern));
            regexes.add(Pattern.compile(regex(pattern)));
        }
    }

    /** How many routes there are; {@link #indexOf} answers from 0 to this count, the count itself for none. */
    int count() {
        return patterns.size();
    }

    /** The route's number (from 0, in the given order), or {@link #count()} when no pattern matches. */
    int indexOf(String path) {
        for (int i = 0; i < patterns.size(); i++) {
            // The literal start rejects almost every pattern before a regex runs (cheap on the cached pages' path).
            if (path.startsWith(literalPrefixes.get(i)) && regexes.get(i).matcher(path).matches()) {
                return i;
            }
        }
        return patterns.size();
    }

    /** The pattern of a route number from {@link #indexOf}; {@link #UNMATCHED} for {@link #count()}. */
    String name(int index) {
        return index < patterns.size() ? patterns.get(index) : UNMATCHED;
    }

    String routeOf(String path) {
        return name(indexOf(path));
    }

    private static String literalPrefix(String pattern) {
        int end = pattern.length();
        for (char special : new char[] {'{', '<', '*'}) {
            int at = pattern.indexOf(special);
            if (at >= 0) {
                end = Math.min(end, at);
            }
        }
        return pattern.substring(0, end);
    }

    private static String regex(String pattern) {
        StringBuilder regex = new StringBuilder();
        Matcher parts = Pattern.compile("\\{[^}]*}|<[^>]*>|\\*").matcher(pattern);
        int literalFrom = 0;
        while (parts.find()) {
            regex.append(Pattern.quote(pattern.substring(literalFrom, parts.start())));
            String part = parts.group();
            regex.append(part.startsWith("{") ? "[^/]+" : part.startsWith("<") ? ".+" : ".*");
            literalFrom = parts.end();
        }
        String tail = pattern.substring(literalFrom);
        if (tail.endsWith("/") && tail.length() > 0 && !pattern.equals("/")) {
            tail = tail.substring(0, tail.length() - 1);
        }
        if (!tail.isEmpty()) {
            regex.append(Pattern.quote(tail));
        }
        return pattern.equals("/") ? "/" : regex + "/?";
    }
}
