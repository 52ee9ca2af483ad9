package com.healthpress.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.healthpress.TestDatabases;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Creating admins on a real database. */
class AccountServiceTest {

    @Test
    void creatingOneNameAtTheSameMomentTwiceMakesOneAccountAndReportsTheOtherAsTaken() throws Exception {
        int racers = 4;
        try (AppDatabase database = new AppDatabase(TestDatabases.fresh())) {
            AccountService accounts = new AccountService(database.jdbi(), Clock.systemUTC());
            ExecutorService pool = Executors.newFixedThreadPool(racers);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Account>> results = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return accounts.create("same-name", "the same password");
                }));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<Account> result : results) {
                try {
                    outcomes.add("created " + result.get().username());
                } catch (ExecutionException e) {
                    outcomes.add(e.getCause().getClass().getSimpleName() + ": " + e.getCause().getMessage());
                }
            }
            pool.shutdown();

            assertEquals(1, outcomes.stream().filter(outcome -> outcome.equals("created same-name")).count(),
                    outcomes.toString());
            assertEquals(racers - 1, outcomes.stream()
                    .filter(outcome -> outcome.equals("AccountException: The username \"same-name\" is taken."))
                    .count(), outcomes.toString());
            assertEquals(1, database.accounts());
        }
    }
}
