package com.healthpress.people;

import com.healthpress.article.Author;
import com.healthpress.article.HeroImage;
import com.healthpress.person.Person;
import com.healthpress.person.SameAsLinks;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Maps a {@code person} row, with its photo's columns joined from the image table, to a {@link Person}. */
public final class PersonRowMapper implements RowMapper<Person> {

    @Override
    public Person map(ResultSet rs, StatementContext ctx) throws SQLException {
        long accountId = rs.getLong("account_id");
        Long account = rs.wasNull() ? null : accountId;
        return new Person(rs.getLong("id"), rs.getString("slug"), rs.getString("name"),
                Author.Kind.valueOf(rs.getString("kind")), rs.getString("credentials"), rs.getString("job_title"),
                rs.getString("bio"), photo(rs), SameAsLinks.parse(rs.getString("same_as")),
                rs.getString("licence_number"), account, instant(rs, "created_at"), instant(rs, "updated_at"),
                rs.getInt("version"));
    }

    private static HeroImage photo(ResultSet rs) throws SQLException {
        long imageId = rs.getLong("photo_image_id");
        if (rs.wasNull()) {
            return null;
        }
        return new HeroImage(imageId, rs.getString("photo_alt"), rs.getInt("photo_width"),
                rs.getInt("photo_height"), rs.getString("photo_content_type"), rs.getString("photo_sha256"),
                rs.getBoolean("photo_variants_made"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
