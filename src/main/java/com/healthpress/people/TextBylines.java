package com.healthpress.people;

import com.healthpress.article.Author;
import com.healthpress.article.Slugs;
import com.healthpress.person.SameAsLinks;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Turns the free-text authors and reviewers of articles from before schema version 15 into person records, over
 * plain JDBC: the V15 migration and the restore of an older export both use it, so that both make the same records.
 * Names match without regard to case or surrounding spaces; an author is one record per name and kind (its https
 * profile URLs become sameAs links), a reviewer one per name and credentials, and a reviewer takes the record of an
 * author of the same name that has no other credentials.
 */
public final class TextBylines {

    /** A record made or found so far. */
    private static final class Made {
        final long id;
        final String key;
        final String kind;
        String credentials;
        final List<String> sameAs = new ArrayList<>();

        Made(long id, String key, String kind, String credentials) {
            this.id = id;
            this.key = key;
            this.kind = kind;
            this.credentials = credentials;
        }
    }

    private final Connection connection;
    private final Instant now;
    private final List<Made> made = new ArrayList<>();

    public TextBylines(Connection connection, Instant now) {
        this.connection = connection;
        this.now = now;
    }

    /** The id of the record for this author text, made when there is none yet. */
    public long author(String name, String kind, String url) throws SQLException {
        String cleanName = clean(name);
        String cleanKind = Author.Kind.Person.name().equals(kind) ? kind : Author.Kind.Organization.name();
        Made record = made.stream().filter(m -> m.key.equals(key(cleanName)) && m.kind.equals(cleanKind))
                .findFirst().orElse(null);
        if (record == null) {
            record = insert(cleanName, cleanKind, null);
        }
        if (SameAsLinks.isHttps(url) && !record.sameAs.contains(url.strip())) {
            record.sameAs.add(url.strip());
            update(record);
        }
        return record.id;
    }

    /** The id of the record for this reviewer text; null when the name is blank (no reviewer). */
    public Long reviewer(String name, String credentials) throws SQLException {
        if (name == null || name.isBlank()) {
            return null;
        }
        String cleanName = clean(name);
        String cleanCredentials = credentials == null || credentials.isBlank() ? null : clean(credentials);
        String person = Author.Kind.Person.name();
        Made same = made.stream().filter(m -> m.key.equals(key(cleanName)) && m.kind.equals(person)
                && Objects.equals(lower(m.credentials), lower(cleanCredentials))).findFirst().orElse(null);
        if (same != null) {
            return same.id;
        }
        if (cleanCredentials != null) {
            Made withoutCredentials = made.stream().filter(m -> m.key.equals(key(cleanName))
                    && m.kind.equals(person) && m.credentials == null).findFirst().orElse(null);
            if (withoutCredentials != null) {
                withoutCredentials.credentials = cleanCredentials;
                update(withoutCredentials);
                return withoutCredentials.id;
            }
        }
        return insert(cleanName, person, cleanCredentials).id;
    }

    private Made insert(String name, String kind, String credentials) throws SQLException {
        String slug = freeSlug(name);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO person (slug, name, kind, "
                + "credentials, created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, 1)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, slug);
            insert.setString(2, name);
            insert.setString(3, kind);
            insert.setString(4, credentials);
            insert.setTimestamp(5, Timestamp.from(now));
            insert.setTimestamp(6, Timestamp.from(now));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                Made record = new Made(keys.getLong(1), key(name), kind, credentials);
                made.add(record);
                return record;
            }
        }
    }

    private void update(Made record) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE person SET credentials = ?, same_as = ? WHERE id = ?")) {
            update.setString(1, record.credentials);
            update.setString(2, SameAsLinks.join(record.sameAs));
            update.setLong(3, record.id);
            update.executeUpdate();
        }
    }

    private String freeSlug(String name) throws SQLException {
        String wanted = PersonSlugs.of(name);
        String slug = wanted;
        for (int number = 2; taken(slug); number++) {
            slug = Slugs.numbered(wanted, number);
        }
        return slug;
    }

    private boolean taken(String slug) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM person WHERE slug = ?")) {
            query.setString(1, slug);
            try (ResultSet count = query.executeQuery()) {
                count.next();
                return count.getLong(1) > 0;
            }
        }
    }

    private static String clean(String text) {
        return text == null ? "" : text.strip();
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static String lower(String text) {
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }
}
