package com.healthpress.account;

import com.healthpress.storage.Database;
import java.time.Clock;
import org.jdbi.v3.core.Jdbi;

/** A second connection to a test app's database, as another process would have: accounts and row counts. */
final class AppDatabase implements AutoCloseable {

    private final Database database;

    AppDatabase(String url) {
        this.database = Database.open(url);
    }

    Jdbi jdbi() {
        return database.jdbi();
    }

    Account createAdmin(String username, String password) {
        return new AccountService(database.jdbi(), Clock.systemUTC()).create(username, password);
    }

    long count(String sql) {
        return database.jdbi().withHandle(handle -> handle.createQuery(sql).mapTo(Long.class).one());
    }

    long sessions() {
        return count("SELECT COUNT(*) FROM admin_session");
    }

    long accounts() {
        return count("SELECT COUNT(*) FROM account");
    }

    /** Every test starts with a clean slate: all test requests come from the same address. */
    void forgetLoginFailures() {
        database.jdbi().useHandle(handle -> handle.execute("DELETE FROM login_failure"));
    }

    @Override
    public void close() {
        database.close();
    }
}
