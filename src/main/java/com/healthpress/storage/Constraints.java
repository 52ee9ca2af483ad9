package com.healthpress.storage;

import java.sql.SQLException;

/** Recognises database constraint errors the same way on H2 and PostgreSQL. */
public final class Constraints {

    /** The SQL standard's state for a unique constraint violation, used by both databases. */
    private static final String UNIQUE_VIOLATION = "23505";

    private Constraints() {
    }

    /** Whether the error, or any error that caused it, is a unique constraint violation. */
    public static boolean isUniqueViolation(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
