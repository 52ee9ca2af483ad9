-- Search: one document per article with what readers search (title, lead, FAQ questions), kept up to date by
-- ArticleService on every write and by the generate command. H2's native full-text index (FT_*) covers it; its
-- triggers keep the index in step with the table. Ranking and highlighting are done by search.H2Search.
CREATE TABLE article_search (
    article_id BIGINT PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE,
    title      VARCHAR(300)     NOT NULL,
    lead       VARCHAR(10000)   NOT NULL,
    questions  VARCHAR(1000000) NOT NULL
);

INSERT INTO article_search (article_id, title, lead, questions)
SELECT a.id, a.title, a.lead,
       COALESCE((SELECT LISTAGG(f.question, ' ') WITHIN GROUP (ORDER BY f.position)
                 FROM faq_item f WHERE f.article_id = a.id), '')
FROM article a;

CREATE ALIAS IF NOT EXISTS FT_INIT FOR 'org.h2.fulltext.FullText.init';
CALL FT_INIT();
CREATE ALIAS IF NOT EXISTS FT_SET_IGNORE_LIST FOR 'org.h2.fulltext.FullText.setIgnoreList';
-- The same words as search.SearchTerms.STOP_WORDS: too common to find anything by.
CALL FT_SET_IGNORE_LIST('A,AN,AND,ARE,AS,AT,BE,BUT,BY,CAN,DO,DOES,FOR,FROM,HAS,HAVE,HOW,I,IF,IN,INTO,IS,IT,ITS,MAY,OF,ON,OR,S,SHOULD,SO,T,THAN,THAT,THE,THEIR,THEM,THEN,THERE,THESE,THEY,THIS,TO,WAS,WE,WHAT,WHEN,WHICH,WHO,WHY,WILL,WITH,YOU,YOUR');
CALL FT_CREATE_INDEX('PUBLIC', 'ARTICLE_SEARCH', 'TITLE,LEAD,QUESTIONS');
