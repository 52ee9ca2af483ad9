package com.healthpress.architecture.wiring;

import org.jdbi.v3.core.Jdbi;

/** Fixture for ArchitectureTest: a service because it holds a Jdbi. */
public class FixtureStore {
    private final Jdbi jdbi;

    public FixtureStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    Jdbi jdbi() {
        return jdbi;
    }
}
