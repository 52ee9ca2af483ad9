package com.healthpress.revision;

/** One line of a line-by-line comparison: kept in both versions, only in the newer one, or only in the older one. */
public record DiffLine(Kind kind, String text) {

    public enum Kind { UNCHANGED, ADDED, REMOVED }

    public static DiffLine unchanged(String text) {
        return new DiffLine(Kind.UNCHANGED, text);
    }

    public static DiffLine added(String text) {
        return new DiffLine(Kind.ADDED, text);
    }

    public static DiffLine removed(String text) {
        return new DiffLine(Kind.REMOVED, text);
    }

    public boolean isAdded() {
        return kind == Kind.ADDED;
    }

    public boolean isRemoved() {
        return kind == Kind.REMOVED;
    }

    public boolean isUnchanged() {
        return kind == Kind.UNCHANGED;
    }
}
