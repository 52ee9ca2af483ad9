package com.healthpress.links;

import java.time.Instant;

/** A public article as the orphan scan passes it: its keyset position and whether nothing links to it. */
public record OrphanScanRow(long id, Instant publishedAt, boolean orphan) {
}
