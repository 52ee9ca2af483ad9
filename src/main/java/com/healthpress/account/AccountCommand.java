package com.healthpress.account;

import com.healthpress.Config;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;

/** {@code admin create USERNAME} and {@code admin passwd USERNAME}, the password read from standard input. (Being built.) */
public final class AccountCommand {

    private AccountCommand() {
    }

    public static int run(Config config, List<String> args, InputStream in, PrintStream out, PrintStream err) {
        err.println("admin: not implemented yet");
        return 1;
    }
}
