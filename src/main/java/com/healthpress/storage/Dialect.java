package com.healthpress.storage;

import java.sql.Connection;
import java.util.Map;

/**
 * The database a JDBC URL names, with what differs between the two Healthpress runs on: the migrations of its own,
 * the column types behind the migrations' placeholders, how an export reads one consistent snapshot, how a
 * restore moves an identity column past the rows it inserted, and whether other instances hear of changes by
 * notification or by polling.
 */
public enum Dialect {
    /**
     * Snapshot: H2's SNAPSHOT level (org.h2.engine.Constants.TRANSACTION_SNAPSHOT), as its REPEATABLE READ still lets
     * a table that is read for the first time show rows committed after the transaction began.
     */
    H2("h2", "BLOB", "VARBINARY", "CLOB", 6, false),
    POSTGRESQL("postgresql", "BYTEA", "BYTEA", "TEXT", Connection.TRANSACTION_REPEATABLE_READ, true);

    private final String name;
    private final String blobType;
    private final String inlineBytesType;
    private final String textType;
    private final int snapshotIsolation;
    private final boolean notifies;

    Dialect(String name, String blobType, String inlineBytesType, String textType, int snapshotIsolation,
            boolean notifies) {
        this.name = name;
        this.blobType = blobType;
        this.inlineBytesType = inlineBytesType;
        this.textType = textType;
        this.snapshotIsolation = snapshotIsolation;
        this.notifies = notifies;
    }

    public static Dialect of(String jdbcUrl) {
        return jdbcUrl.startsWith("jdbc:postgresql:") ? POSTGRESQL : H2;
    }

    /** The folder of the migrations only this database runs, under db/vendor/. */
    String migrationsFolder() {
        return "classpath:db/vendor/" + name;
    }

    /**
     * The column types the shared migrations name as ${blob}, ${bytes} and ${text}. ${bytes} is for values read on
     * the hot path, kept in the row itself on H2 (a BLOB there is a separate object, read in another step).
     */
    Map<String, String> placeholders() {
        return Map.of("blob", blobType, "bytes", inlineBytesType, "text", textType);
    }

    /** The transaction isolation level that reads one consistent snapshot of every table. */
    public int snapshotIsolation() {
        return snapshotIsolation;
    }

    /** True when other instances can be told of a change at once (LISTEN/NOTIFY) rather than by polling. */
    public boolean notifies() {
        return notifies;
    }

    /**
     * The statement that makes the next identity value of the column {@code highest + 1}. Table and column must
     * come from the code or the catalog, never from input. PostgreSQL's setval is not undone by a rollback; H2 keeps
     * this ALTER TABLE inside the open transaction.
     */
    public String restartIdentityAfter(String table, String column, long highest) {
        return this == POSTGRESQL
                ? "SELECT setval(pg_get_serial_sequence('" + table + "', '" + column + "'), " + highest + ")"
                : "ALTER TABLE " + table + " ALTER COLUMN " + column + " RESTART WITH " + (highest + 1);
    }
}
