-- Corrections and updates (issue 14, section 6). content_updated_at is when readers were last told of a change: only
-- a substantive update or a correction moves it, where updated_at moves on every save. Existing articles start from
-- updated_at, so no public date changes on upgrade. It stays nullable because exports made before V21 lack it; the
-- restore fills it the same way.
ALTER TABLE article ADD COLUMN content_updated_at TIMESTAMP WITH TIME ZONE;
UPDATE article SET content_updated_at = updated_at;

-- Every revision says what kind of change it was; old revisions were minor edits as far as anyone told readers.
ALTER TABLE article_revision ADD COLUMN change_kind VARCHAR(20) DEFAULT 'minor' NOT NULL;
ALTER TABLE article_revision ADD COLUMN change_note VARCHAR(300);

-- The sitemap and topic queries read the date readers see from these indexes alone (V12), so they carry it now.
DROP INDEX article_listing;
CREATE INDEX article_listing ON article (status, published_at, id, deleted_at, content_updated_at, topic_slug, slug);
DROP INDEX article_public_by_id;
CREATE INDEX article_public_by_id ON article (status, id, published_at, deleted_at, content_updated_at, slug);
