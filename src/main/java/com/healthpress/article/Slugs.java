package com.healthpress.article;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Short, readable, URL-safe slugs: "Strategies for Navigating Back Pain" becomes "strategies-navigating-back-pain". */
public final class Slugs {

    public static final int MAX_LENGTH = 60;
    private static final int MAX_WORDS = 7;
    private static final Pattern VALID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
    private static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "how", "in", "into", "is", "it", "its",
            "of", "on", "or", "that", "the", "their", "this", "to", "what", "when", "why", "with", "you", "your");

    private Slugs() {
    }

    /** A slug made of the title's meaningful words, at most {@value #MAX_LENGTH} characters; "article" if none. */
    public static String fromTitle(String title) {
        List<String> words = words(title);
        List<String> meaningful = words.stream().filter(w -> !STOP_WORDS.contains(w)).toList();
        List<String> chosen = meaningful.isEmpty() ? words : meaningful;
        StringBuilder slug = new StringBuilder();
        int count = 0;
        for (String word : chosen) {
            if (count == MAX_WORDS || slug.length() + word.length() + 1 > MAX_LENGTH) {
                break;
            }
            if (slug.length() > 0) {
                slug.append('-');
            }
            slug.append(word.length() > MAX_LENGTH ? word.substring(0, MAX_LENGTH) : word);
            count++;
        }
        return slug.length() == 0 ? "article" : slug.toString();
    }

    /** Any text as lower-case ASCII words joined by hyphens, with nothing dropped ("Heart health" → "heart-health"). */
    public static String of(String text) {
        return String.join("-", words(text));
    }

    /** The slug with "-2", "-3"… appended, for when the plain one is taken. */
    public static String numbered(String slug, int number) {
        String suffix = "-" + number;
        String base = slug.length() + suffix.length() > MAX_LENGTH
                ? slug.substring(0, MAX_LENGTH - suffix.length()).replaceAll("-+$", "")
                : slug;
        return base + suffix;
    }

    public static boolean isValid(String slug) {
        return slug != null && slug.length() <= MAX_LENGTH && VALID.matcher(slug).matches();
    }

    private static List<String> words(String text) {
        String folded = DIACRITICS.matcher(Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD))
                .replaceAll("")
                .toLowerCase(Locale.ROOT)
                .replace("'", "")
                .replace("\u2019", "");
        List<String> words = new ArrayList<>();
        for (String word : NOT_ALPHANUMERIC.split(folded)) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }
}
