package com.healthpress.importer;

import com.healthpress.markdown.Citation;
import com.healthpress.markdown.Citations;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The article text of a document: the title (its first line), the lead (the first paragraph after it), the
 * body as Markdown, one {@code ## Heading} per section with its paragraphs and lists, and the body's citation
 * markers with their lines in the document.
 */
record ArticleText(String title, String lead, String body, List<String> sectionHeadings, List<Citation> citations,
                   List<ImportWarning> warnings) {

    static final int LEAD_MAX_LENGTH = 10_000;
    static final int BODY_MAX_LENGTH = 1_000_000;

    ArticleText {
        sectionHeadings = List.copyOf(sectionHeadings);
        citations = List.copyOf(citations);
        warnings = List.copyOf(warnings);
    }

    /**
     * Reads the lines of text that come before the FAQ. {@code headline} titles the article when its first line
     * reads as a paragraph; {@code textLine} is where the text was expected, for the error when there is none.
     */
    static ArticleText read(List<TextLine> lines, Optional<String> headline, int textLine) throws ImportException {
        if (lines.isEmpty()) {
            throw ImportException.atLine(textLine,
                    "the document has no article text (expected a title line after the JSON-LD)");
        }
        List<ImportWarning> warnings = new ArrayList<>();
        TextLine first = lines.get(0);
        String title;
        List<TextLine> rest;
        if (LineShapes.isTitleShaped(first.text())) {
            title = LineShapes.withoutMarkup(first.text());
            rest = lines.subList(1, lines.size());
        } else if (headline.isPresent()) {
            title = headline.get();
            rest = lines;
            warnings.add(new ImportWarning(first.number(),
                    "the first line reads as a paragraph, not a title; the headline is the title"));
        } else {
            throw ImportException.atLine(first.number(), "the article text has no title line (expected a short "
                    + "title line before the lead paragraph, and there is no headline to use instead)");
        }
        if (title.length() > LineShapes.TITLE_MAX_LENGTH) {
            throw ImportException.atLine(first.number(),
                    "the title is longer than " + LineShapes.TITLE_MAX_LENGTH + " characters");
        }

        List<TextBlock> blocks = new ArrayList<>(TextBlocks.of(rest));
        TextBlock.Paragraph lead = leadParagraph(blocks, first.number(), warnings);
        if (lead.text().length() > LEAD_MAX_LENGTH) {
            throw ImportException.atLine(lead.line(), "the lead paragraph is longer than " + LEAD_MAX_LENGTH
                    + " characters");
        }
        String body = MarkdownText.of(blocks);
        if (body.length() > BODY_MAX_LENGTH) {
            throw ImportException.atLine(first.number(), "the article text is longer than " + BODY_MAX_LENGTH
                    + " characters");
        }
        List<String> headings = blocks.stream()
                .filter(block -> block instanceof TextBlock.Heading heading && heading.level() == 2)
                .map(block -> ((TextBlock.Heading) block).text())
                .toList();
        if (headings.isEmpty()) {
            TextLine last = lines.get(lines.size() - 1);
            throw new ImportException(last.number(), last.text().codePointCount(0, last.text().length()) + 1,
                    "the article has no sections after its lead (expected a heading line followed by its "
                            + "paragraphs; was the document cut off?)");
        }
        return new ArticleText(title, lead.text(), body, headings, citations(blocks), warnings);
    }

    /** The citation markers of the body, each with the line of the document it is on. */
    private static List<Citation> citations(List<TextBlock> blocks) {
        List<Citation> citations = new ArrayList<>();
        for (TextBlock block : blocks) {
            String markdown = MarkdownText.of(List.of(block));
            if (markdown.contains("[^")) {
                Citations.in(markdown).forEach(marker -> citations.add(new Citation(marker.number(), block.line())));
            }
        }
        return citations;
    }

    /**
     * The first paragraph before any heading, taken out of the blocks. When a heading comes first, the first
     * paragraph anywhere leads too but stays in its section, with a warning.
     */
    private static TextBlock.Paragraph leadParagraph(List<TextBlock> blocks, int titleLine,
                                                     List<ImportWarning> warnings) throws ImportException {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof TextBlock.Paragraph paragraph) {
                if (i == 0 || blocks.subList(0, i).stream().noneMatch(b -> b instanceof TextBlock.Heading)) {
                    blocks.remove(i);
                } else {
                    warnings.add(new ImportWarning(paragraph.line(), "no lead paragraph between the title and "
                            + "the first heading; this paragraph is also used as the lead"));
                }
                return paragraph;
            }
        }
        throw ImportException.atLine(titleLine,
                "the article has no paragraph after the title (expected a lead paragraph)");
    }
}
