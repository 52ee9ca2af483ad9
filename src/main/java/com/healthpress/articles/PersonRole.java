package com.healthpress.articles;

/** What a person is to an article: its author or its medical reviewer, and the column that says so. */
public enum PersonRole {
    AUTHOR("author_id"),
    REVIEWER("reviewer_id");

    private final String column;

    PersonRole(String column) {
        this.column = column;
    }

    /** The article column naming the person; from the code only, never from input. */
    String column() {
        return column;
    }
}
