-- The page store keeps the bytes of its pages in files named by their entity tag (pagestore/PageFiles), read without
-- the database; the table keeps which page is current and fresh. Pages stored before have no files: they are
-- forgotten, and the background renderer stores them again.
DELETE FROM stored_page_tag;
DELETE FROM stored_page;
ALTER TABLE stored_page DROP COLUMN gzip;
ALTER TABLE stored_page DROP COLUMN brotli;
-- The sizes of its files, for the status: gzip always, Brotli where the native library loaded.
ALTER TABLE stored_page ADD COLUMN gzip_bytes INTEGER NOT NULL DEFAULT 0;
ALTER TABLE stored_page ADD COLUMN brotli_bytes INTEGER;
