-- The persistent page store (issue 15): public pages as their readers get them, compressed, kept across restarts
-- and shared by every instance. A page is served from here only while it is fresh: a change to data it shows marks
-- it stale in the change's own transaction (ChangeFeed), and a render stores its page only if no change to its data
-- came while it rendered (checked under the lock of page_store_lock, which every change takes too).
CREATE TABLE stored_page (
    page_key      VARCHAR(500)  PRIMARY KEY,
    content_type  VARCHAR(100)  NOT NULL,
    etag          VARCHAR(40)   NOT NULL,
    last_modified TIMESTAMP WITH TIME ZONE NOT NULL,
    gzip          ${bytes}      NOT NULL,
    brotli        ${bytes},
    -- The tags of the data the page shows, space-separated, as the in-memory cache keeps them.
    tags          VARCHAR(4000) NOT NULL,
    -- The build (code, templates, static files) that rendered it: another build serves it while it renders anew.
    renderer      VARCHAR(64)   NOT NULL,
    -- The settings it was rendered for (base URL, site name): under other settings it is not served at all.
    rendered_for  VARCHAR(64)   NOT NULL,
    stale         BOOLEAN       NOT NULL,
    rendered_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
-- The background renderer's queue: stale pages first, newest first.
CREATE INDEX stored_page_to_render ON stored_page (stale, last_modified);
CREATE INDEX stored_page_by_renderer ON stored_page (renderer, last_modified);

CREATE TABLE stored_page_tag (
    tag      VARCHAR(200) NOT NULL,
    page_key VARCHAR(500) NOT NULL REFERENCES stored_page (page_key) ON DELETE CASCADE,
    PRIMARY KEY (tag, page_key)
);
CREATE INDEX stored_page_tag_by_page ON stored_page_tag (page_key);

-- One row whose lock orders every change against every store of a page (see above).
CREATE TABLE page_store_lock (
    id      INTEGER PRIMARY KEY,
    changes BIGINT  NOT NULL
);
INSERT INTO page_store_lock (id, changes) VALUES (1, 0);
