package com.healthpress.image;


/** The alternative text of a hero image: required, on one line, at most {@value #MAX_LENGTH} characters. */
public final class AltText {

    public static final int MAX_LENGTH = 300;

    private AltText() {
    }

    /** The text with control characters and runs of white space turned into single spaces, trimmed. */
    public static String clean(String raw) throws ImageProblem {
        String text = raw == null ? "" : raw.replaceAll("[\\p{Cc}\\s]+", " ").strip();
        if (text.isEmpty()) {
            throw new ImageProblem(ImageMessages.ALT_MISSING);
        }
        if (text.length() > MAX_LENGTH) {
            throw new ImageProblem(ImageMessages.ALT_TOO_LONG);
        }
        return text;
    }
}
