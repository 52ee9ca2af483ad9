-- Review cycles (issue 14, section 5). next_review_due keeps its meaning: a next-review date set by hand (empty: count
-- from the last review). review_due is the date the article has by article.ReviewCycle: that date by hand, else the
-- last review plus review_interval_months, else the topic's months (topic_review_interval), else 12. The application
-- writes review_due on every article write and when a topic's interval changes; this migration fills it once with
-- the default of 12 months, which every article had until now.
ALTER TABLE article ADD COLUMN review_interval_months INT;
ALTER TABLE article ADD COLUMN review_due DATE;
ALTER TABLE article ADD CONSTRAINT article_review_interval CHECK (review_interval_months BETWEEN 1 AND 120);
UPDATE article SET review_due = COALESCE(next_review_due, CAST(last_reviewed + INTERVAL '12' MONTH AS DATE));
-- The dashboard's queues: live articles by due date.
CREATE INDEX article_review_due ON article (review_due, id);

CREATE TABLE topic_review_interval (
    topic_slug VARCHAR(120) PRIMARY KEY,
    months     INT          NOT NULL CHECK (months BETWEEN 1 AND 120)
);
