package com.healthpress.redirects;

import java.time.Instant;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.Define;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The writes of the old-address tables ({@link OldSlugs}); each owner's repository reads its own, where what counts
 * as public differs.
 */
public interface OldSlugRepository {

    @SqlUpdate("DELETE FROM <table> WHERE old_slug = :slug")
    void forget(@Define("table") String table, @Bind("slug") String slug);

    @SqlUpdate("INSERT INTO <table> (old_slug, <owner>, created_at) VALUES (:oldSlug, :ownerId, :now)")
    void insert(@Define("table") String table, @Define("owner") String ownerColumn, @Bind("oldSlug") String oldSlug,
                @Bind("ownerId") long ownerId, @Bind("now") Instant now);

    @SqlUpdate("UPDATE <table> SET <owner> = :intoId WHERE <owner> = :fromId")
    void move(@Define("table") String table, @Define("owner") String ownerColumn, @Bind("fromId") long fromId,
              @Bind("intoId") long intoId);

    /** A slug now taken by a new row (or taken again) stops redirecting. */
    default void forget(OldSlugs kind, String slug) {
        forget(kind.table(), slug);
    }

    /** Records that {@code oldSlug} now means the row at {@code newSlug}, which stops redirecting itself. */
    default void remember(OldSlugs kind, String oldSlug, String newSlug, long ownerId, Instant now) {
        forget(kind, oldSlug);
        forget(kind, newSlug);
        insert(kind.table(), kind.ownerColumn(), oldSlug, ownerId, now);
    }

    /** The old addresses of one row lead to another from now on (a merge). */
    default void move(OldSlugs kind, long fromId, long intoId) {
        move(kind.table(), kind.ownerColumn(), fromId, intoId);
    }
}
