-- The dates the sitemap gives its pages file and each profile page: the latest publication or update of a public
-- article, everyone's or one person's (ArticleRepository.LAST_PUBLIC_CHANGE, PUBLIC_PROFILE_CHANGES). Each is read
-- from the top of one of these indexes until the first public article, never from every article. H2 reads an index
-- in its order only when no other index matches more of the query's conditions or holds every column it reads
-- where this one does not: the index of all articles holds what the public filter reads, as the listing index does,
-- and the newest-first listing index gains deleted_at for the same reason.
CREATE INDEX article_content_updated ON article (status, content_updated_at DESC, id DESC, published_at, deleted_at);
CREATE INDEX article_by_author_content_updated ON article (author_id, status, content_updated_at DESC, id DESC);
CREATE INDEX article_by_reviewer_content_updated ON article (reviewer_id, status, content_updated_at DESC, id DESC);
DROP INDEX article_listing_newest;
CREATE INDEX article_listing_newest ON article (status, published_at DESC, id DESC, deleted_at);
