package com.healthpress.architecture.top;

/** Fixture for ArchitectureTest: a composition root in its root package. */
public class Root {
    public static final Object BUILT = new Object();
}
