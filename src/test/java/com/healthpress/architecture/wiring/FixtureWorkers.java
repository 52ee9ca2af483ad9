package com.healthpress.architecture.wiring;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Fixture for ArchitectureTest: a service because it owns threads. */
public class FixtureWorkers {
    private final ExecutorService workers = Executors.newSingleThreadExecutor();

    void stop() {
        workers.shutdown();
    }
}
