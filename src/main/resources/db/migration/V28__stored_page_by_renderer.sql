-- Whether any stored page was rendered by another build (pagestore/StoredPageRepository OF_OTHER_BUILDS): asked at
-- each start and every ten minutes, answered from two ranges of this index instead of walking every page's key.
CREATE INDEX stored_page_by_renderer ON stored_page (renderer);
