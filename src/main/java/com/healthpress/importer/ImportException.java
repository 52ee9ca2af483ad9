package com.healthpress.importer;

/**
 * A document that cannot be imported. The message starts with where the problem is in the original document
 * ("line 14, column 3: …", or "line 14: …" when the whole line is at fault) and says what was expected.
 */
public final class ImportException extends Exception {

    private final int line;
    private final int column;
    private final String problem;

    /** {@code column} is 1-based; 0 means the problem is the line as a whole. */
    public ImportException(int line, int column, String problem) {
        super(where(line, column) + problem);
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    public static ImportException atLine(int line, String problem) {
        return new ImportException(line, 0, problem);
    }

    public int line() {
        return line;
    }

    /** The 1-based column, or 0 when the problem is the line as a whole. */
    public int column() {
        return column;
    }

    /** The message without its position. */
    public String problem() {
        return problem;
    }

    private static String where(int line, int column) {
        return column > 0 ? "line " + line + ", column " + column + ": " : "line " + line + ": ";
    }
}
