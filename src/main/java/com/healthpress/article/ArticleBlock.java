package com.healthpress.article;

import java.time.Instant;

/**
 * The public articles whose ids fall in one block of ids (block 1 holds ids 1 to the block size, and so on), by
 * when the last of them changed. Blocks of ids never move, so a sitemap file keeps its URLs as the site grows.
 */
public record ArticleBlock(int blockNumber, Instant changedAt) {
}
