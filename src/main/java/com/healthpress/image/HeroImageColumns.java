package com.healthpress.image;

import com.healthpress.article.HeroImage;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads the hero image's columns that article and search queries join from the image table. */
public final class HeroImageColumns {

    private HeroImageColumns() {
    }

    /**
     * The hero image of a row with {@code ArticleRepository.HERO_COLUMNS} (joined from the image table), or null when
     * the article has none.
     */
    public static HeroImage heroImage(ResultSet rs) throws SQLException {
        long imageId = rs.getLong("hero_image_id");
        if (rs.wasNull()) {
            return null;
        }
        return new HeroImage(imageId, rs.getString("hero_alt"), rs.getInt("hero_width"), rs.getInt("hero_height"),
                rs.getString("hero_content_type"), rs.getString("hero_sha256"), rs.getBoolean("hero_variants_made"));
    }
}
