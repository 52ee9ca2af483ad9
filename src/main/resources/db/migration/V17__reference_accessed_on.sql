-- The day the editor last opened a cited web page: sources on the web change, so a citation says when it was read.
-- Null for references added before this column and for printed sources.
ALTER TABLE article_reference ADD COLUMN accessed_on DATE;
