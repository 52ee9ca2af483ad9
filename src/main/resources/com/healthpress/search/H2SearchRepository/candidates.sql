-- The ids of a bounded number of articles holding every word, from H2's full-text index; see H2SearchRepository.
SELECT CAST(SUBSTRING(QUERY FROM POSITION('=' IN QUERY) + 1) AS BIGINT)
FROM FT_SEARCH(:words, :candidates, 0)
