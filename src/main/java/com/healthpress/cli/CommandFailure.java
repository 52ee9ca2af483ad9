package com.healthpress.cli;

/** Ends a command with {@link ExitCode#FAILED}; the message is printed after the command's name. */
public final class CommandFailure extends RuntimeException {

    public CommandFailure(String message) {
        super(message);
    }
}
