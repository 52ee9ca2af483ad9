package com.healthpress.changes;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/** Tags kept in one column (a change event's, a stored page's): space-separated, as no tag contains a space. */
public final class TagColumn {

    private TagColumn() {
    }

    public static String join(Collection<String> tags) {
        return String.join(" ", tags);
    }

    public static List<String> split(String column) {
        return column.isEmpty() ? List.of() : Arrays.asList(column.split(" "));
    }
}
