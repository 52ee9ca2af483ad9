-- The candidates found by H2's full-text index (a bounded number of ids), the public ones ranked; see
-- H2SearchRepository. Each candidate is looked up by its key, once (SearchQueryPlanTest):
-- - the ids are joined as a table: as "a.id = ANY(:ids)" H2 checked every row against the whole array once more,
--   5,000 × 5,000 comparisons for a common word;
-- - which candidates are public is asked in a CASE, not in the WHERE clause: a condition on published_at let H2 start
--   from the newest-first index, read every public article and scan the ids for each, 40 s at 100,000 articles.
-- The rows of the page get their hero image (for the thumbnail) by its key after the ranking: one lookup per row shown.
SELECT r.id, r.slug, r.title, r.lead, r.topic, r.published_at, r.total, r.hero_image_id, r.hero_alt,
       i.width AS hero_width, i.height AS hero_height, i.content_type AS hero_content_type, i.sha256 AS hero_sha256,
       i.variants_made AS hero_variants_made
FROM (
SELECT id, slug, title, lead, topic, published_at, hero_image_id, hero_alt, COUNT(*) OVER () AS total, score
FROM (SELECT a.id, a.slug, a.title, a.lead, a.topic, a.published_at, a.hero_image_id, a.hero_alt,
             CASE WHEN a.status = 'published' AND a.published_at <= :now AND a.deleted_at IS NULL
                  THEN TRUE ELSE FALSE END AS visible,
             CASE WHEN LOCATE(:phrase, UPPER(a.title)) > 0 THEN 4 ELSE 0 END
             + CASE WHEN LOCATE(:t0, UPPER(a.title)) > 0 THEN 8 ELSE 0 END
             + CASE WHEN LOCATE(:t0, UPPER(s.questions)) > 0 THEN 2 ELSE 0 END
             + CASE WHEN LOCATE(:t1, UPPER(a.title)) > 0 THEN 8 ELSE 0 END
             + CASE WHEN LOCATE(:t1, UPPER(s.questions)) > 0 THEN 2 ELSE 0 END
             + CASE WHEN LOCATE(:t2, UPPER(a.title)) > 0 THEN 8 ELSE 0 END
             + CASE WHEN LOCATE(:t2, UPPER(s.questions)) > 0 THEN 2 ELSE 0 END
             + CASE WHEN LOCATE(:t3, UPPER(a.title)) > 0 THEN 8 ELSE 0 END
             + CASE WHEN LOCATE(:t3, UPPER(s.questions)) > 0 THEN 2 ELSE 0 END
             + CASE WHEN LOCATE(:t4, UPPER(a.title)) > 0 THEN 8 ELSE 0 END
             + CASE WHEN LOCATE(:t4, UPPER(s.questions)) > 0 THEN 2 ELSE 0 END
             + CASE WHEN LOCATE(:t5, UPPER(a.title)) > 0 THEN 8 ELSE 0 END
             + CASE WHEN LOCATE(:t5, UPPER(s.questions)) > 0 THEN 2 ELSE 0 END
             + CASE WHEN LOCATE(:t6, UPPER(a.title)) > 0 THEN 8 ELSE 0 END
             + CASE WHEN LOCATE(:t6, UPPER(s.questions)) > 0 THEN 2 ELSE 0 END
             + CASE WHEN LOCATE(:t7, UPPER(a.title)) > 0 THEN 8 ELSE 0 END
             + CASE WHEN LOCATE(:t7, UPPER(s.questions)) > 0 THEN 2 ELSE 0 END AS score
      FROM UNNEST(:ids) AS candidate(id)
      JOIN article a ON a.id = candidate.id
      JOIN article_search s ON s.article_id = a.id) candidates
WHERE visible
ORDER BY score DESC, published_at DESC, id DESC
LIMIT :limit OFFSET :offset
) r LEFT JOIN image i ON i.id = r.hero_image_id
ORDER BY r.score DESC, r.published_at DESC, r.id DESC
