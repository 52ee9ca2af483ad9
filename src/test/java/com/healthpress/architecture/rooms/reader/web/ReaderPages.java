package com.healthpress.architecture.rooms.reader.web;

import com.healthpress.architecture.rooms.editor.web.EditorPages;

/** Fixture for ArchitectureTest: a web room that calls into another feature's room. */
public class ReaderPages {
    String page() {
        return EditorPages.preview();
    }
}
