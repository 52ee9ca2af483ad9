-- A bounded number of matches of the query, the public ones ranked by ts_rank (title A > questions B > lead C),
-- one page of them marked by ts_headline, each with its hero image (for the thumbnail); see PostgresSearchRepository.
WITH q AS (SELECT websearch_to_tsquery('english', :query) AS query),
candidates AS (
    SELECT s.article_id, s.document
    FROM article_search s, q
    WHERE s.document @@ q.query
    LIMIT :candidates
),
ranked AS (
    SELECT a.id, a.slug, a.title, a.lead, a.topic, a.published_at, a.hero_image_id, a.hero_alt,
           ts_rank(c.document, q.query) AS score,
           COUNT(*) OVER () AS total
    FROM candidates c JOIN article a ON a.id = c.article_id, q
    WHERE a.status = 'published' AND a.published_at <= :now AND a.deleted_at IS NULL
    ORDER BY score DESC, a.published_at DESC, a.id DESC
    LIMIT :limit OFFSET :offset
)
SELECT r.id, r.slug,
       ts_headline('english', translate(r.title, :markers, ''), q.query, :titleOptions) AS title,
       ts_headline('english', translate(r.lead, :markers, ''), q.query, :leadOptions) AS lead,
       r.topic, r.published_at, r.total, r.hero_image_id, r.hero_alt, i.width AS hero_width,
       i.height AS hero_height, i.content_type AS hero_content_type, i.sha256 AS hero_sha256,
       i.variants_made AS hero_variants_made
FROM ranked r CROSS JOIN q LEFT JOIN image i ON i.id = r.hero_image_id
ORDER BY r.score DESC, r.published_at DESC, r.id DESC
