package com.healthpress.importer;

/** One piece of article text after the title: a heading, a paragraph or a list item, with its line number. */
sealed interface TextBlock {

    int line();

    /** A section heading; level 2 is a section, 3 and below are parts of one. */
    record Heading(int level, String text, int line) implements TextBlock {
    }

    record Paragraph(String text, int line) implements TextBlock {
    }

    /** A bullet ({@code ordered} false) or numbered list item. */
    record ListItem(boolean ordered, int number, String text, int line) implements TextBlock {
    }
}
