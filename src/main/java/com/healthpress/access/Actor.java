package com.healthpress.access;

/** Who does something: the account's name, for the record, and its roles, for what it may do. */
public record Actor(String username, Roles roles) {

    public boolean can(Permission permission) {
        return roles.allow(permission);
    }

    /** Goes on only when the roles allow the permission; otherwise throws {@link NotPermitted}, and nothing is done. */
    public void require(Permission permission) {
        if (!can(permission)) {
            throw new NotPermitted(this, permission);
        }
    }
}
