package com.healthpress.changes;

import java.util.Collection;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * What a change does to the page store (V24) inside its own transaction, in every process that writes (the server,
 * an import, a restore): it takes the store's lock and marks the stored pages that show its data stale.
 */
public interface StalePageRepository {

    /** The lock that orders every change against every store of a page, held until the transaction ends. */
    @SqlUpdate("UPDATE page_store_lock SET changes = changes + 1 WHERE id = 1")
    void lock();

    @SqlUpdate("""
            UPDATE stored_page SET stale = TRUE
            WHERE stale = FALSE AND page_key IN (SELECT page_key FROM stored_page_tag WHERE tag IN (<tags>))""")
    int markStale(@BindList("tags") Collection<String> tags);

    @SqlUpdate("UPDATE stored_page SET stale = TRUE WHERE stale = FALSE")
    int markAllStale();
}
