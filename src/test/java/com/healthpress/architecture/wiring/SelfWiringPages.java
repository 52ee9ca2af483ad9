package com.healthpress.architecture.wiring;

import org.jdbi.v3.core.Jdbi;

/** Fixture for ArchitectureTest: pages that build their own services instead of being handed them. */
public class SelfWiringPages {
    private final FixtureService service;
    private final FixtureStore store;
    private final FixtureWorkers workers;

    SelfWiringPages(FixtureService service, FixtureStore store, FixtureWorkers workers) {
        this.service = service;
        this.store = store;
        this.workers = workers;
    }

    static SelfWiringPages fromJdbi(Jdbi jdbi) {
        return new SelfWiringPages(new FixtureService(), new FixtureStore(jdbi), new FixtureWorkers());
    }
}
