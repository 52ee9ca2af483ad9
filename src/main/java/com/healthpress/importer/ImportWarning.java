package com.healthpress.importer;

/** Something in an imported document that looks wrong but did not stop the import, at a 1-based line. */
public record ImportWarning(int line, String message) {

    @Override
    public String toString() {
        return "line " + line + ": " + message;
    }
}
