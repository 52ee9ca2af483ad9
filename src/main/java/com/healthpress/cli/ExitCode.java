package com.healthpress.cli;

/** The exit codes every command keeps to; the README lists them with the server's own. */
public final class ExitCode {

    /** Done, or help or the version shown. */
    public static final int DONE = 0;
    /** Refused or failed: the command says why; see each command for what, if anything, was stored. */
    public static final int FAILED = 1;
    /** Wrong usage (an unknown command or option, a missing or wrong argument) or a wrong setting. */
    public static final int USAGE = 2;

    private ExitCode() {
    }
}
