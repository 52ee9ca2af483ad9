package com.healthpress.architecture.cycle.a;

import com.healthpress.architecture.cycle.b.CycleB;

/** Fixture for ArchitectureTest: half of a deliberate package cycle. */
public class CycleA {
    CycleB other;
}
