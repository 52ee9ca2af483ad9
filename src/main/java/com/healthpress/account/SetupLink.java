package com.healthpress.account;

import com.healthpress.Config;
import java.time.Clock;
import org.jdbi.v3.core.Jdbi;

/** At start-up, when no admin exists yet, makes a one-time setup link and prints it. (Being built.) */
public final class SetupLink {

    private SetupLink() {
    }

    public static void announceIfNoAccounts(Jdbi jdbi, Config config, Clock clock) {
    }
}
