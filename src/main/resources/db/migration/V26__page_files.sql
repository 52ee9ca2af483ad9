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
-- Pages to render again while their present copy is served (another build rendered them, or `pages rebuild`):
-- marked once when a server starts (and now and then), so that the renderer's queue is an index range, not a
-- comparison of every row's build.
ALTER TABLE stored_page ADD COLUMN rerender BOOLEAN NOT NULL DEFAULT FALSE;
DROP INDEX stored_page_by_renderer;
CREATE INDEX stored_page_to_rerender ON stored_page (rerender, last_modified);
