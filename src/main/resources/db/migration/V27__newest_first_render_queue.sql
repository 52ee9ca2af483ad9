-- The background renderer's queues, newest first (pagestore/StoredPageRepository STALE, TO_RENDER_AGAIN): H2 reads
-- rows in an index's order and stops after a batch only when the index's directions match the ORDER BY. With the
-- ascending indexes it sorted every page waiting for each batch of 200.
DROP INDEX stored_page_to_render;
CREATE INDEX stored_page_to_render ON stored_page (stale, last_modified DESC);
DROP INDEX stored_page_to_rerender;
CREATE INDEX stored_page_to_rerender ON stored_page (rerender, last_modified DESC);
