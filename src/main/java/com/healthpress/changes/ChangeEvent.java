package com.healthpress.changes;

/** One recorded change: its id in the change_event table and the tags of the pages it affects, space-separated. */
public record ChangeEvent(long id, String tags) {
}
