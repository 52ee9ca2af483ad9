-- Indexes for pages that must not cost more with more articles. H2 reads rows in an index's order, stopping after a
-- page, only from an index whose columns and directions match the ORDER BY; and it reads only the index, not the
-- whole row with its body, when the index holds every column a query needs. Without these it sorted every public
-- article to show the newest ten, and read every article in full for the sitemap (seconds at 100,000 articles).

-- Oldest first, and covering what the sitemap index, its topics and the last change read from all public articles.
DROP INDEX article_listing;
CREATE INDEX article_listing ON article (status, published_at, id, deleted_at, updated_at, topic_slug, slug);
-- Newest first: home, topics, the feed, related articles, the 404 page's suggestions.
CREATE INDEX article_listing_newest ON article (status, published_at DESC, id DESC);
CREATE INDEX article_topic_listing_newest ON article (topic_slug, status, published_at DESC, id DESC);
-- A sitemap file: the public articles of one block of ids, in id order.
CREATE INDEX article_public_by_id ON article (status, id, published_at, deleted_at, updated_at, slug);
-- The admin list, last changed first.
CREATE INDEX article_last_changed ON article (updated_at DESC, id DESC);
