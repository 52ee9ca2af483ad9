package com.healthpress.markdown;

/**
 * A citation marker in an article body, such as {@code [^2]}: the number of the reference it cites (its place in
 * the article's list of references, from 1) and the line of the body it is on (from 1).
 */
public record Citation(int number, int line) {

    /** The marker as the writer typed it, such as "[^2]". */
    public String marker() {
        return "[^" + number + "]";
    }

    /** Whether an article with this many references has the one this cites. */
    public boolean citesOneOf(int referenceCount) {
        return number >= 1 && number <= referenceCount;
    }

    /** Why the citation points at nothing in an article with this many references: "there are only 5 references". */
    public String whyUnknown(int referenceCount) {
        if (number < 1) {
            return "references are numbered from 1";
        }
        return switch (referenceCount) {
            case 0 -> "there are no references";
            case 1 -> "there is only 1 reference";
            default -> "there are only " + referenceCount + " references";
        };
    }
}
