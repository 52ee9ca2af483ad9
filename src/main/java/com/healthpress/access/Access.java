package com.healthpress.access;

import java.util.Objects;

/**
 * What an admin route asks of a request: nothing (the login, setup and invitation pages, used before there is a
 * session), a session of any account (logging out), or a permission.
 */
public record Access(Kind kind, Permission permission) {

    public enum Kind { OPEN, SIGNED_IN, PERMISSION }

    public static final Access OPEN = new Access(Kind.OPEN, null);
    public static final Access SIGNED_IN = new Access(Kind.SIGNED_IN, null);

    public Access {
        if ((kind == Kind.PERMISSION) != (permission != null)) {
            throw new IllegalArgumentException("a permission goes with Kind.PERMISSION only");
        }
    }

    public static Access to(Permission permission) {
        return new Access(Kind.PERMISSION, Objects.requireNonNull(permission));
    }

    @Override
    public String toString() {
        return kind == Kind.PERMISSION ? permission.name() : kind.name();
    }
}
