package com.healthpress.storage;

import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;

/**
 * A new database at an older schema version, as that release left it, for tests of the migrations after it: fill it
 * the old way, then {@link Database#open} runs the rest. Undoing a migration by hand works only for the newest one.
 */
public final class SchemaAt {

    private SchemaAt() {
    }

    public static void migrateOnlyTo(String jdbcUrl, String version, Consumer<Handle> fill) {
        Database.migrateOnlyTo(jdbcUrl, version, fill);
    }
}
