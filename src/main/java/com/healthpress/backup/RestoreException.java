package com.healthpress.backup;

import com.fasterxml.jackson.core.JsonLocation;

/** Why a restore stored nothing. A problem in the file says where: {@code line 12, column 40: …}. */
final class RestoreException extends Exception {

    private final boolean inFile;

    private RestoreException(String message, boolean inFile) {
        super(message);
        this.inFile = inFile;
    }

    /** A refusal that is not the file's fault, such as a database that is not empty. */
    static RestoreException refused(String message) {
        return new RestoreException(message, false);
    }

    /** A problem with the file as a whole, such as one that cannot be read. */
    static RestoreException inFile(String message) {
        return new RestoreException(message, true);
    }

    static RestoreException at(JsonLocation location, String message) {
        if (location == null || location.getLineNr() < 1) {
            return new RestoreException(message, true);
        }
        return new RestoreException("line " + location.getLineNr() + ", column " + location.getColumnNr() + ": "
                + message, true);
    }

    /** Whether the message is about the file, so that it is shown after the file's name. */
    boolean inFile() {
        return inFile;
    }
}
