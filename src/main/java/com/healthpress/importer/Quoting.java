package com.healthpress.importer;

/** How import messages quote a piece of the document: in straight quotes, long texts cut short. */
final class Quoting {

    private static final int SHORT = 60;

    private Quoting() {
    }

    static String shortQuote(String text) {
        String oneLine = Characters.collapseSpaces(text);
        if (oneLine.length() <= SHORT) {
            return "\"" + oneLine + "\"";
        }
        int cut = Character.isHighSurrogate(oneLine.charAt(SHORT - 1)) ? SHORT - 1 : SHORT;
        return "\"" + oneLine.substring(0, cut) + "…\"";
    }
}
