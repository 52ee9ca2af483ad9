package com.healthpress.importer;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a line of article text reads. A heading is short (at most {@value #HEADING_MAX_LENGTH} characters) and
 * does not end like a sentence part ({@code . ! ; , … :}), though it may end with "?"; a paragraph is anything
 * longer or ending in sentence punctuation. Citation markers at the end ({@code night.[^1]}) do not count: a
 * sentence that cites a source still ends as a sentence. Markdown headings ({@code ## Heading}) and list items
 * ({@code - }, {@code * }, {@code • }, {@code 1. }) are taken as written.
 */
final class LineShapes {

    static final int HEADING_MAX_LENGTH = 120;
    static final int TITLE_MAX_LENGTH = 300;
    // Possessive (++) where backtracking cannot change the match: with backtracking, [ \t]+(.*?) took time cubic in
    // the length of a run of spaces, and a line may be a megabyte long.
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("(#{1,6})[ \\t]++(.*+)");
    private static final Pattern BULLET = Pattern.compile("[-*•][ \\t]++(.+)");
    private static final Pattern NUMBERED = Pattern.compile("([0-9]{1,9})[.)][ \\t]++(.+)");
    private static final Pattern BOLD_LINE = Pattern.compile("\\*\\*([^*].*?)\\*\\*");
    private static final String CLOSERS = "”’\"')]»*";
    private static final String HEADING_ENDINGS = ".!;,…:";
    private static final String TITLE_ENDINGS = ".;,…:";

    private LineShapes() {
    }

    /** A Markdown heading's level and text. */
    record MarkdownHeading(int level, String text) {
    }

    static Optional<MarkdownHeading> markdownHeading(String line) {
        Matcher matcher = MARKDOWN_HEADING.matcher(line);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String text = Characters.trim(withoutClosingHashes(matcher.group(2)));
        return text.isEmpty() ? Optional.empty() : Optional.of(new MarkdownHeading(matcher.group(1).length(), text));
    }

    /** "Causes ##" without its closing hashes, which count as such only after a space or tab. */
    private static String withoutClosingHashes(String text) {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == '#') {
            end--;
        }
        if (end == text.length() || end == 0 || !isSpaceOrTab(text.charAt(end - 1))) {
            return text;
        }
        while (end > 0 && isSpaceOrTab(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }

    private static boolean isSpaceOrTab(char c) {
        return c == ' ' || c == '\t';
    }

    static Optional<TextBlock.ListItem> listItem(String line, int number) {
        Matcher bullet = BULLET.matcher(line);
        if (bullet.matches()) {
            return Optional.of(new TextBlock.ListItem(false, 0, Characters.trim(bullet.group(1)), number));
        }
        Matcher numbered = NUMBERED.matcher(line);
        if (numbered.matches()) {
            return Optional.of(new TextBlock.ListItem(true, Integer.parseInt(numbered.group(1)),
                    Characters.trim(numbered.group(2)), number));
        }
        return Optional.empty();
    }

    /** The line without Markdown heading marks or a bold wrapper: "## **Causes**" reads "Causes". */
    static String withoutMarkup(String line) {
        String text = markdownHeading(line).map(MarkdownHeading::text).orElse(line);
        Matcher bold = BOLD_LINE.matcher(text);
        return bold.matches() ? Characters.trim(bold.group(1)) : text;
    }

    static boolean isHeadingShaped(String text) {
        return text.length() <= HEADING_MAX_LENGTH && hasWords(text) && !endsWithAny(text, HEADING_ENDINGS);
    }

    /** Whether the first line of the text can be the title rather than a paragraph. */
    static boolean isTitleShaped(String line) {
        if (markdownHeading(line).isPresent()) {
            return true;
        }
        return listItem(line, 0).isEmpty() && line.length() <= TITLE_MAX_LENGTH && hasWords(line)
                && !endsWithAny(line, TITLE_ENDINGS);
    }

    private static boolean endsWithAny(String text, String endings) {
        int end = endBeforeMarkers(text);
        while (end > 0 && CLOSERS.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > 0 && endings.indexOf(text.charAt(end - 1)) >= 0;
    }

    /** Where the text ends without the citation markers it ends with, and the spaces before them. */
    private static int endBeforeMarkers(String text) {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == ']') {
            int digits = end - 1;
            while (digits > 0 && Character.isDigit(text.charAt(digits - 1)) && text.charAt(digits - 1) < 128) {
                digits--;
            }
            int count = end - 1 - digits;
            if (count == 0 || count > 9 || digits < 2 || text.charAt(digits - 1) != '^'
                    || text.charAt(digits - 2) != '[') {
                break;
            }
            end = digits - 2;
            while (end > 0 && isSpaceOrTab(text.charAt(end - 1))) {
                end--;
            }
        }
        return end;
    }

    private static boolean hasWords(String text) {
        return text.codePoints().anyMatch(Character::isLetterOrDigit);
    }
}
