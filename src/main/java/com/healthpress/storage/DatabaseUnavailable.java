package com.healthpress.storage;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * The database cannot be reached just now, or has no room left on its disk: the request that needs it is to be
 * answered 503 (507 for a save that could not be written), not 500.
 */
public final class DatabaseUnavailable extends RuntimeException {

    /** PostgreSQL's "the server is shutting down, crashed, or is starting up": connections end, new ones fail. */
    private static final Set<String> SERVER_GOING_AWAY = Set.of("57P01", "57P02", "57P03");
    /** PostgreSQL's disk_full. */
    private static final String DISK_FULL = "53100";
    /**
     * H2's "connection broken", "database closed", "database called at shutdown" and "IO Exception" errors. The last
     * is what a TCP client throws when its connection ends mid-statement (the cause may reach it only as text), and
     * for a file database a failed read or write; either way the database cannot serve now, and the probe that
     * follows finds out within a second whether it is back.
     */
    private static final Set<Integer> H2_CONNECTION_LOST = Set.of(90067, 90098, 90121, 90028, 90031);

    DatabaseUnavailable(String message, Throwable cause) {
        super(message, cause, false, false);
    }

    /** Whether {@code failure} came from losing the database rather than from the request or the code. */
    public static boolean explains(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DatabaseUnavailable || isConnectionFailure(cause) || isDiskFullError(cause)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code failure} came from a database whose disk has no room for what it had to write. */
    public static boolean isDiskFull(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (isDiskFullError(cause)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDiskFullError(Throwable failure) {
        if (failure instanceof SQLException sql && DISK_FULL.equals(sql.getSQLState())) {
            return true;
        }
        String message = String.valueOf(failure.getMessage());
        return failure instanceof IOException
                && (message.contains("No space left on device") || message.contains("not enough space on the disk"));
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
