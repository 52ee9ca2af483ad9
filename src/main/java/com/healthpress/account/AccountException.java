package com.healthpress.account;

/** Why an account cannot be created or changed, addressed to a person, with the form field it concerns. */
public final class AccountException extends RuntimeException {

    private final String field;

    AccountException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** {@code username} or {@code password}. */
    public String field() {
        return field;
    }
}
