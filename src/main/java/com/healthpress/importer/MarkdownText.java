package com.healthpress.importer;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes article text as Markdown that shows it literally: every character Markdown would read as markup
 * (emphasis, links, HTML, entities, code, tables) is backslash-escaped, as are line starts that would open a
 * heading, list, quote, rule or code fence. So "{@code <script>}" in a paragraph is shown, never run. Citation
 * markers ({@code [^1]}) are the exception, kept as typed so that the editor shows them so; one that a "(" or ":"
 * follows is escaped like any brackets, as it would otherwise open a link or a link definition.
 */
final class MarkdownText {

    private static final String ESCAPED_ANYWHERE = "\\`*_[]<>&#|";
    private static final String ESCAPED_AT_START = "+-=~";
    private static final Pattern LEADING_NUMBER = Pattern.compile("([0-9]+)([.)])");
    private static final Pattern CITATION_MARKER = Pattern.compile("\\[\\^[0-9]{1,9}\\](?![(:])");

    private MarkdownText() {
    }

    /** The Markdown for headings, paragraphs and lists: blocks apart by blank lines, list items line by line. */
    static String of(List<TextBlock> blocks) {
        StringBuilder markdown = new StringBuilder();
        TextBlock previous = null;
        for (TextBlock block : blocks) {
            if (previous != null) {
                markdown.append(sameList(previous, block) ? "\n" : "\n\n");
            }
            if (block instanceof TextBlock.Heading heading) {
                markdown.append("#".repeat(heading.level())).append(' ').append(escape(heading.text()));
            } else if (block instanceof TextBlock.ListItem item) {
                markdown.append(item.ordered() ? item.number() + ". " : "- ").append(escape(item.text()));
            } else if (block instanceof TextBlock.Paragraph paragraph) {
                markdown.append(escape(paragraph.text()));
            }
            previous = block;
        }
        return markdown.toString();
    }

    /** Plain text (one line) escaped so that Markdown renders exactly these characters. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        Matcher number = LEADING_NUMBER.matcher(text);
        int from = 0;
        if (number.lookingAt()) {
            escaped.append(number.group(1)).append('\\').append(number.group(2));
            from = number.end();
        } else if (!text.isEmpty() && ESCAPED_AT_START.indexOf(text.charAt(0)) >= 0) {
            escaped.append('\\');
        }
        Matcher marker = CITATION_MARKER.matcher(text);
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '[' && marker.region(i, text.length()).lookingAt()) {
                escaped.append(text, i, marker.end());
                i = marker.end() - 1;
                continue;
            }
            if (ESCAPED_ANYWHERE.indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }

    private static boolean sameList(TextBlock previous, TextBlock block) {
        return previous instanceof TextBlock.ListItem before && block instanceof TextBlock.ListItem item
                && before.ordered() == item.ordered();
    }
}
