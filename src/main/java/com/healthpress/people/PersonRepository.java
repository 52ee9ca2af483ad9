package com.healthpress.people;

import com.healthpress.person.Person;
import com.healthpress.person.SameAsLinks;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.statement.Update;
import org.jdbi.v3.sqlobject.SqlObject;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** All SQL for the {@code person} table, and the moves of articles from one person to another when two merge. */
@RegisterRowMapper(PersonRowMapper.class)
public interface PersonRepository extends SqlObject {

    String SELECT_PERSON = """
            SELECT p.*, i.width AS photo_width, i.height AS photo_height, i.content_type AS photo_content_type,
                i.sha256 AS photo_sha256, i.variants_made AS photo_variants_made
            FROM person p LEFT JOIN image i ON i.id = p.photo_image_id
            """;

    @SqlQuery(SELECT_PERSON + " WHERE p.id = :id")
    Optional<Person> findById(@Bind("id") long id);

    @SqlQuery(SELECT_PERSON + " WHERE p.slug = :slug")
    Optional<Person> findBySlug(@Bind("slug") String slug);

    /** Names are stored without surrounding spaces; :name is the wanted name in lower case. */
    @SqlQuery(SELECT_PERSON + " WHERE LOWER(p.name) = :name ORDER BY p.id")
    List<Person> findByLowerName(@Bind("name") String name);

    @SqlQuery(SELECT_PERSON + " ORDER BY LOWER(p.name), p.id")
    List<Person> listAll();

    /** A record has the address name, or once had it and its old profile address leads to it now. */
    @SqlQuery("SELECT (SELECT COUNT(*) FROM person WHERE slug = :slug) "
            + "+ (SELECT COUNT(*) FROM person_slug_redirect WHERE old_slug = :slug) > 0")
    boolean slugInUse(@Bind("slug") String slug);

    /** How many articles (public or not, in the trash too) name the person as author or reviewer. */
    @SqlQuery("SELECT COUNT(*) FROM article WHERE author_id = :id OR reviewer_id = :id")
    long countArticles(@Bind("id") long id);

    default long insert(Person person, Instant now) {
        Update insert = getHandle().createUpdate("""
                INSERT INTO person (slug, name, kind, credentials, job_title, bio, photo_image_id, photo_alt, same_as,
                    licence_number, account_id, created_at, updated_at, version)
                VALUES (:slug, :name, :kind, :credentials, :job_title, :bio, :photo_image_id, :photo_alt, :same_as,
                    :licence_number, :account_id, :now, :now, 1)
                """);
        bindContent(insert, person).bindByType("now", now, Instant.class);
        return insert.executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    /** Overwrites the record when its stored version is still {@code person.version()}; false when it moved on. */
    default boolean update(Person person, Instant now) {
        Update update = getHandle().createUpdate("""
                UPDATE person SET slug = :slug, name = :name, kind = :kind, credentials = :credentials,
                    job_title = :job_title, bio = :bio, photo_image_id = :photo_image_id, photo_alt = :photo_alt,
                    same_as = :same_as, licence_number = :licence_number, account_id = :account_id,
                    updated_at = :now, version = version + 1
                WHERE id = :id AND version = :version
                """);
        bindContent(update, person)
                .bindByType("now", now, Instant.class)
                .bind("id", person.id())
                .bind("version", person.version());
        return update.execute() == 1;
    }

    @SqlUpdate("UPDATE article SET author_id = :into WHERE author_id = :from")
    int moveAuthored(@Bind("from") long from, @Bind("into") long into);

    @SqlUpdate("UPDATE article SET reviewer_id = :into WHERE reviewer_id = :from")
    int moveReviewed(@Bind("from") long from, @Bind("into") long into);

    /** The approvals and imported reviews a merged record gave go with its articles, so public pages keep them. */
    @SqlUpdate("UPDATE workflow_event SET reviewer_id = :into WHERE reviewer_id = :from")
    int moveReviews(@Bind("from") long from, @Bind("into") long into);

    @SqlQuery("SELECT id FROM account WHERE username = :username")
    Optional<Long> findAccountId(@Bind("username") String username);

    @SqlQuery("SELECT username FROM account WHERE id = :id")
    Optional<String> findAccountName(@Bind("id") long id);

    @SqlUpdate("DELETE FROM person WHERE id = :id")
    int delete(@Bind("id") long id);

    private static Update bindContent(Update statement, Person person) {
        return statement
                .bind("slug", person.slug())
                .bind("name", person.name())
                .bind("kind", person.kind().name())
                .bind("credentials", person.credentials())
                .bind("job_title", person.jobTitle())
                .bind("bio", person.bio())
                .bindByType("photo_image_id", person.hasPhoto() ? person.photo().imageId() : null, Long.class)
                .bind("photo_alt", person.hasPhoto() ? person.photo().alt() : null)
                .bind("same_as", SameAsLinks.join(person.sameAs()))
                .bind("licence_number", person.licenceNumber())
                .bindByType("account_id", person.accountId(), Long.class);
    }

    /** The current address name of the record that once lived at {@code oldSlug} (V23). */
    @SqlQuery("SELECT p.slug FROM person_slug_redirect r JOIN person p ON p.id = r.person_id "
            + "WHERE r.old_slug = :oldSlug")
    Optional<String> findCurrentSlug(@Bind("oldSlug") String oldSlug);
}
