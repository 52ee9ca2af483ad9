package com.healthpress.image;

import com.healthpress.articles.ArticleRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** All SQL for the {@code image} table. A row is deleted only once no article, person, revision or trash entry uses it. */
@RegisterConstructorMapper(StoredImageInfo.class)
public interface ImageRepository {

    /** Stores an image without variants: see {@link #markVariantsMade}. */
    @SqlUpdate("""
            INSERT INTO image (content_type, width, height, sha256, bytes, created_at)
            VALUES (:contentType, :width, :height, :sha256, :bytes, :createdAt)""")
    @GetGeneratedKeys("id")
    long insert(@Bind("contentType") String contentType, @Bind("width") int width, @Bind("height") int height,
                @Bind("sha256") String sha256, @Bind("bytes") byte[] bytes, @Bind("createdAt") Instant createdAt);

    @SqlUpdate("""
            INSERT INTO image_variant (image_id, name, content_type, width, height, bytes)
            VALUES (:imageId, :name, :contentType, :width, :height, :bytes)""")
    void insertVariant(@Bind("imageId") long imageId, @Bind("name") String name,
                       @Bind("contentType") String contentType, @Bind("width") int width, @Bind("height") int height,
                       @Bind("bytes") byte[] bytes);

    /**
     * Marks an image's variants as made, for the caller to store them in the same transaction; false when they
     * already were (by another instance or an earlier upload of the same file), so they must not be added again.
     */
    @SqlUpdate("UPDATE image SET variants_made = TRUE WHERE id = :id AND variants_made = FALSE")
    boolean markVariantsMade(@Bind("id") long id);

    /** Images stored before variants existed, or restored from such an export, after the given id, oldest first. */
    @SqlQuery("SELECT id FROM image WHERE variants_made = FALSE AND id > :after ORDER BY id LIMIT :limit")
    List<Long> findWithoutVariants(@Bind("after") long after, @Bind("limit") int limit);

    @SqlQuery("""
            SELECT bytes FROM image_variant
            WHERE image_id = :imageId AND name = :name AND content_type = :contentType""")
    Optional<byte[]> findVariantBytes(@Bind("imageId") long imageId, @Bind("name") String name,
                                      @Bind("contentType") String contentType);

    /** An image stored before with exactly these bytes, so the same upload is stored once. */
    @SqlQuery("SELECT id FROM image WHERE sha256 = :sha256 AND content_type = :contentType ORDER BY id LIMIT 1")
    Optional<Long> findIdByHash(@Bind("sha256") String sha256, @Bind("contentType") String contentType);

    @SqlQuery("SELECT id, content_type, width, height, sha256, variants_made FROM image WHERE id = :id")
    Optional<StoredImageInfo> findInfo(@Bind("id") long id);

    @SqlQuery("SELECT bytes FROM image WHERE id = :id")
    Optional<byte[]> findBytes(@Bind("id") long id);

    /** The articles that show the image as their hero and the people whose photo it is. */
    @SqlQuery("SELECT (SELECT COUNT(*) FROM article WHERE hero_image_id = :id) "
            + "+ (SELECT COUNT(*) FROM person WHERE photo_image_id = :id)")
    int countArticlesUsing(@Bind("id") long id);

    /** The site's logo, which the settings name. */
    @SqlQuery("SELECT COUNT(*) FROM site_settings WHERE logo_image_id = :id")
    int countSettingsUsing(@Bind("id") long id);

    /** True when a public article or a profile page shows the image now, or it is the logo: any reader may see it. */
    @SqlQuery("SELECT (SELECT COUNT(*) FROM article WHERE hero_image_id = :id AND " + ArticleRepository.PUBLIC + ") "
            + "+ (SELECT COUNT(*) FROM person WHERE photo_image_id = :id) "
            + "+ (SELECT COUNT(*) FROM site_settings WHERE logo_image_id = :id) > 0")
    boolean isPublic(@Bind("id") long id, @Bind("now") Instant now);

    /** Its variants go with it (ON DELETE CASCADE). */
    @SqlUpdate("DELETE FROM image WHERE id = :id")
    int delete(@Bind("id") long id);
}
