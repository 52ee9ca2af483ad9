package com.healthpress.architecture.wiring;

/** Fixture for ArchitectureTest: a service by its name. */
public class FixtureService {
}
