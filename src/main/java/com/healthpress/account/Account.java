package com.healthpress.account;

import java.time.Instant;

/** An admin who may log in and edit articles. The password hash never leaves the account package. */
public record Account(long id, String username, Instant createdAt) {
}
