package com.healthpress.redirects;

import java.time.Instant;

/** A redirect as the table keeps it, with who changed it last and when. */
public record StoredRedirect(long id, String fromPath, String toTarget, int status, Instant createdAt,
                             Instant updatedAt, String updatedBy) {

    public Redirect redirect() {
        return new Redirect(fromPath, toTarget, statusOrDefault());
    }

    public RedirectStatus statusOrDefault() {
        return RedirectStatus.ofCode(status).orElse(RedirectStatus.MOVED_PERMANENTLY);
    }

    public boolean isGone() {
        return statusOrDefault().isGone();
    }
}
