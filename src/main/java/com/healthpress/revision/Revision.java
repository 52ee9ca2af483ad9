package com.healthpress.revision;

import java.time.Instant;

/** One saved state of an article: who saved which version when, and a short note of what happened. */
public record Revision(long id, long articleId, int version, String savedBy, Instant savedAt, String summary) {
}
