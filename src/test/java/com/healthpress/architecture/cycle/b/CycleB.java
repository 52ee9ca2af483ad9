package com.healthpress.architecture.cycle.b;

import com.healthpress.architecture.cycle.a.CycleA;

/** Fixture for ArchitectureTest: the other half of a deliberate package cycle. */
public class CycleB {
    CycleA other;
}
