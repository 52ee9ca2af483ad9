package com.healthpress.storage;

import org.jdbi.v3.core.Handle;

/** Takes a current database back to schema version 14, before people (V15), as tests of that migration need. */
public final class BeforePeople {

    private BeforePeople() {
    }

    /** Only for a database without articles: the author columns come back empty and NOT NULL. */
    public static void undoPeople(Handle handle) {
        handle.execute("DROP INDEX article_by_author");
        handle.execute("DROP INDEX article_by_reviewer");
        handle.execute("DROP INDEX article_by_author_newest");
        handle.execute("DROP INDEX article_by_reviewer_newest");
        handle.execute("DROP TABLE person CASCADE");
        handle.execute("ALTER TABLE article DROP COLUMN author_id");
        handle.execute("ALTER TABLE article DROP COLUMN reviewer_id");
        handle.execute("ALTER TABLE article ADD COLUMN author_name VARCHAR(200) NOT NULL");
        handle.execute("ALTER TABLE article ADD COLUMN author_kind VARCHAR(20) NOT NULL");
        handle.execute("ALTER TABLE article ADD COLUMN author_url VARCHAR(1000)");
        handle.execute("ALTER TABLE article ADD COLUMN reviewer_name VARCHAR(200)");
        handle.execute("ALTER TABLE article ADD COLUMN reviewer_credentials VARCHAR(200)");
        handle.execute("ALTER TABLE article ADD CONSTRAINT article_author_kind_known "
                + "CHECK (author_kind IN ('Person', 'Organization'))");
        handle.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '15'");
    }
}
