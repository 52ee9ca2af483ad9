package com.healthpress.redirects;

/** A redirect that breaks a rule (a bad address, a loop, a reserved path), with the field it concerns and why. */
public final class RedirectRefused extends Exception {

    private final String field;

    public RedirectRefused(String field, String reason) {
        super(reason, null, false, false);
        this.field = field;
    }

    /** The form field the reason belongs next to: {@code from}, {@code to} or {@code status}. */
    public String field() {
        return field;
    }
}
