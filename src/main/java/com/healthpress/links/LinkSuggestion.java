package com.healthpress.links;

/**
 * A published article the edited one could link to: its title and address, the sentence where the link fits split
 * around the words to link (so the page can mark them), the Markdown to paste in place of those words, and why it
 * fits.
 */
public record LinkSuggestion(String title, String path, String before, String anchor, String after,
                             String markdown, String reason) {
}
