package com.healthpress.architecture.rooms.editor.web;

/** Fixture for ArchitectureTest: one feature's web room. */
public class EditorPages {
    public static String preview() {
        return "preview";
    }
}
