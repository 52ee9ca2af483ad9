package com.healthpress.pages;

import com.healthpress.article.HeroImage;
import com.healthpress.page.ContactPoint;
import com.healthpress.page.PolicyRole;
import com.healthpress.page.SiteSettings;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Reads the settings row with its logo's image columns (see {@link SiteSettingsRepository#find}). */
public final class SiteSettingsMapper implements RowMapper<SiteSettings> {

    /** The column of each policy's page id. */
    static final Map<PolicyRole, String> POLICY_COLUMNS = Map.of(
            PolicyRole.PUBLISHING_PRINCIPLES, "publishing_principles_page_id",
            PolicyRole.CORRECTIONS_POLICY, "corrections_policy_page_id",
            PolicyRole.ETHICS_POLICY, "ethics_policy_page_id",
            PolicyRole.ACTIONABLE_FEEDBACK_POLICY, "actionable_feedback_policy_page_id");

    @Override
    public SiteSettings map(ResultSet rs, StatementContext ctx) throws SQLException {
        Map<PolicyRole, Long> policies = new EnumMap<>(PolicyRole.class);
        for (Map.Entry<PolicyRole, String> column : POLICY_COLUMNS.entrySet()) {
            long pageId = rs.getLong(column.getValue());
            if (!rs.wasNull()) {
                policies.put(column.getKey(), pageId);
            }
        }
        OffsetDateTime updatedAt = rs.getObject("updated_at", OffsetDateTime.class);
        return new SiteSettings(text(rs, "site_name"), text(rs, "site_description"), logo(rs), policies,
                new ContactPoint(text(rs, "contact_email").orElse(null), text(rs, "contact_url").orElse(null),
                        text(rs, "contact_type").orElse(null)),
                rs.getInt("version"), updatedAt == null ? Instant.EPOCH : updatedAt.toInstant(),
                rs.getString("updated_by"));
    }

    private static Optional<HeroImage> logo(ResultSet rs) throws SQLException {
        long imageId = rs.getLong("logo_image_id");
        if (rs.wasNull()) {
            return Optional.empty();
        }
        return Optional.of(new HeroImage(imageId, rs.getString("logo_alt"), rs.getInt("logo_width"),
                rs.getInt("logo_height"), rs.getString("logo_content_type"), rs.getString("logo_sha256"),
                rs.getBoolean("logo_variants_made")));
    }

    private static Optional<String> text(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getString(column)).filter(value -> !value.isBlank());
    }
}
