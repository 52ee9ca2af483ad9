package com.healthpress.architecture.wiring;

import org.jdbi.v3.core.Jdbi;

/** Fixture for ArchitectureTest: the composition root, which may build services. */
public class Healthpress {
    static Object create(Jdbi jdbi) {
        return new SelfWiringPages(new FixtureService(), new FixtureStore(jdbi), new FixtureWorkers());
    }
}
