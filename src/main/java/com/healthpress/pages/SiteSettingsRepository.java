package com.healthpress.pages;

import com.healthpress.page.SiteSettings;
import java.time.Instant;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.statement.UseRowMapper;

/** All SQL for the {@code site_settings} table, whose one row (id 1) the migration made. */
public interface SiteSettingsRepository {

    @SqlQuery("""
            SELECT s.*, i.width AS logo_width, i.height AS logo_height, i.content_type AS logo_content_type,
                   i.sha256 AS logo_sha256, i.variants_made AS logo_variants_made
            FROM site_settings s LEFT JOIN image i ON i.id = s.logo_image_id
            WHERE s.id = 1""")
    @UseRowMapper(SiteSettingsMapper.class)
    SiteSettings find();

    /** Saves over the settings only if nobody saved since {@code expectedVersion}; false when someone did. */
    @SqlUpdate("""
            UPDATE site_settings SET site_name = :name, site_description = :description,
                   logo_image_id = :logoImageId, logo_alt = :logoAlt,
                   publishing_principles_page_id = :publishingPrinciples,
                   corrections_policy_page_id = :correctionsPolicy, ethics_policy_page_id = :ethicsPolicy,
                   actionable_feedback_policy_page_id = :feedbackPolicy,
                   contact_email = :email, contact_url = :url, contact_type = :contactType,
                   version = version + 1, updated_at = :now, updated_by = :by
            WHERE id = 1 AND version = :expectedVersion""")
    boolean update(@Bind("expectedVersion") int expectedVersion, @Bind("name") String name,
                   @Bind("description") String description, @Bind("logoImageId") Long logoImageId,
                   @Bind("logoAlt") String logoAlt, @Bind("publishingPrinciples") Long publishingPrinciples,
                   @Bind("correctionsPolicy") Long correctionsPolicy, @Bind("ethicsPolicy") Long ethicsPolicy,
                   @Bind("feedbackPolicy") Long feedbackPolicy, @Bind("email") String email, @Bind("url") String url,
                   @Bind("contactType") String contactType, @Bind("now") Instant now, @Bind("by") String by);
}
