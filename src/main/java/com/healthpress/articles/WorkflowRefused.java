package com.healthpress.articles;

/** A workflow act refused for the article's state, version or input; nothing was saved. */
public final class WorkflowRefused extends RuntimeException {

    /** Refused because of the article's state or a newer version (HTTP 409). */
    public static final int CONFLICT = 409;
    /** Refused because of what was sent, such as a missing comment (HTTP 422). */
    public static final int INVALID = 422;

    private final int status;

    public WorkflowRefused(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
