package com.healthpress.backup;

import com.healthpress.people.TextBylines;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.flywaydb.core.api.MigrationVersion;

/**
 * The article rows of an export made before schema version 15 name their author and reviewer by text: a restore
 * turns the texts into person records as the V15 migration did (see {@link TextBylines}) and links the rows to them.
 */
final class LegacyBylines {

    private static final MigrationVersion PEOPLE = MigrationVersion.fromVersion("15");
    private static final Map<String, Column> COLUMNS = Map.of(
            "author_name", text("author_name"),
            "author_kind", text("author_kind"),
            "author_url", text("author_url"),
            "reviewer_name", text("reviewer_name"),
            "reviewer_credentials", text("reviewer_credentials"));

    private final TextBylines bylines;

    private LegacyBylines(Connection connection) {
        this.bylines = new TextBylines(connection, Instant.now());
    }

    /** The linking for the rows of this table, when it holds texts in an export of this schema version. */
    static Optional<LegacyBylines> forTable(BackupFormat.Table table, MigrationVersion exported,
                                            Connection connection) {
        return table.name().equals("article") && PEOPLE.isNewerThan(exported)
                ? Optional.of(new LegacyBylines(connection)) : Optional.empty();
    }

    /** The column a row of the old schema has in place of the new one's, read as text. */
    static Optional<Column> column(String name) {
        return Optional.ofNullable(COLUMNS.get(name));
    }

    /** The row with author_id and reviewer_id in place of the texts; a row without the texts as it is. */
    Map<String, Object> link(Map<String, Object> row) throws SQLException {
        if (!row.containsKey("author_name")) {
            return row;
        }
        Map<String, Object> linked = new LinkedHashMap<>(row);
        COLUMNS.keySet().forEach(linked::remove);
        linked.put("author_id", bylines.author((String) row.get("author_name"), (String) row.get("author_kind"),
                (String) row.get("author_url")));
        linked.put("reviewer_id", bylines.reviewer((String) row.get("reviewer_name"),
                (String) row.get("reviewer_credentials")));
        return linked;
    }

    private static Column text(String name) {
        return new Column(name, Column.Kind.TEXT, Types.VARCHAR);
    }
}
