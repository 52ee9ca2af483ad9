package com.healthpress.architecture.top.below;

import com.healthpress.architecture.top.Root;

/** Fixture for ArchitectureTest: a lower package that reaches back to the composition root. */
public class UsesTheRoot {
    Object fromTheRoot() {
        return Root.BUILT;
    }
}
