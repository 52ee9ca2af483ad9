-- The ids of a bounded number of articles whose document holds every word (lexeme) of the text, from the GIN index;
-- see PostgresSearchRepository.
SELECT s.article_id
FROM article_search s
WHERE s.document @@ plainto_tsquery('english', :words)
LIMIT :candidates
