-- Search: one document per article with what readers search (title, lead, FAQ questions), kept up to date by
-- ArticleService on every write and by the generate command. The weighted tsvector ranks title matches (A) above
-- FAQ questions (B) above the lead (C); the GIN index answers websearch_to_tsquery. See search.PostgresSearch.
CREATE TABLE article_search (
    article_id BIGINT PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE,
    title      VARCHAR(300)     NOT NULL,
    lead       VARCHAR(10000)   NOT NULL,
    questions  VARCHAR(1000000) NOT NULL,
    document   TSVECTOR GENERATED ALWAYS AS (
                   setweight(to_tsvector('english', title), 'A')
                   || setweight(to_tsvector('english', questions), 'B')
                   || setweight(to_tsvector('english', lead), 'C')) STORED
);

INSERT INTO article_search (article_id, title, lead, questions)
SELECT a.id, a.title, a.lead,
       COALESCE((SELECT string_agg(f.question, ' ' ORDER BY f.position)
                 FROM faq_item f WHERE f.article_id = a.id), '')
FROM article a;

CREATE INDEX article_search_document ON article_search USING GIN (document);
