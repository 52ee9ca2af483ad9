package com.healthpress.redirects;

import java.util.Optional;

/** What a redirect answers: moved for good, moved for now, or gone. */
public enum RedirectStatus {
    MOVED_PERMANENTLY(301, "301 Moved permanently"),
    FOUND(302, "302 Moved for now"),
    GONE(410, "410 Gone");

    private final int code;
    private final String label;

    RedirectStatus(int code, String label) {
        this.code = code;
        this.label = label;
    }

    public int code() {
        return code;
    }

    public String label() {
        return label;
    }

    public boolean isGone() {
        return this == GONE;
    }

    public static Optional<RedirectStatus> ofCode(int code) {
        for (RedirectStatus status : values()) {
            if (status.code == code) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }

    /** The status as typed in a form or a CSV line ("301", " 410 "); blank means 301. */
    public static Optional<RedirectStatus> parse(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return Optional.of(MOVED_PERMANENTLY);
        }
        return text.matches("\\d{3}") ? ofCode(Integer.parseInt(text)) : Optional.empty();
    }
}
