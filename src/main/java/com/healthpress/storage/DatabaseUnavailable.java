package com.healthpress.storage;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/** The database cannot be reached just now: the request that needs it is to be answered 503, not 500. */
public final class DatabaseUnavailable extends RuntimeException {

    /** PostgreSQL's "the server is shutting down, crashed, or is starting up": connections end, new ones fail. */
    private static final Set<String> SERVER_GOING_AWAY = Set.of("57P01", "57P02", "57P03");
    /** H2's "connection broken", "database closed" and "database called at shutdown" errors. */
    private static final Set<Integer> H2_CONNECTION_LOST = Set.of(90067, 90098, 90121);

    DatabaseUnavailable(String message, Throwable cause) {
        super(message, cause, false, false);
    }

    /** Whether {@code failure} came from losing the database rather than from the request or the code. */
    public static boolean explains(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DatabaseUnavailable || isConnectionFailure(cause)) {
                return true;
            }
        }
        return false;
    }

    static boolean isConnectionFailure(Throwable failure) {
        if (failure instanceof SQLTransientConnectionException || failure instanceof SQLNonTransientConnectionException) {
            return true;
        }
        if (!(failure instanceof SQLException sql)) {
            return false;
        }
        String state = sql.getSQLState();
        return state != null && (state.startsWith("08") || SERVER_GOING_AWAY.contains(state))
                || H2_CONNECTION_LOST.contains(sql.getErrorCode());
    }
}
