package com.healthpress.importer;

import com.healthpress.Config;
import java.io.PrintStream;
import java.util.List;

/** {@code import [--publish] FILE...}: imports article documents into the configured database. */
public final class ImportCommand {

    private ImportCommand() {
    }

    /** Returns the process exit code: 0 when every file imported. */
    public static int run(Config config, List<String> args, PrintStream out, PrintStream err) {
        err.println("import: not implemented yet");
        return 1;
    }
}
