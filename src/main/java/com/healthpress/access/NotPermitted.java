package com.healthpress.access;

import java.util.stream.Collectors;

/** A request or act refused because the account's roles do not grant the permission it needs; nothing was done. */
public final class NotPermitted extends RuntimeException {

    private final transient Actor actor;
    private final Permission permission;

    public NotPermitted(Actor actor, Permission permission) {
        super(actor.username() + " (" + actor.roles().names() + ") may not " + permission.description());
        this.actor = actor;
        this.permission = permission;
    }

    public Actor actor() {
        return actor;
    }

    public Permission permission() {
        return permission;
    }

    /** The refusal, addressed to the person: what is missing, what they have, and whom to ask. */
    public String explanation() {
        String granting = Roles.granting(permission).stream().map(Role::storedName)
                .collect(Collectors.joining(" or "));
        String held = actor.roles().isEmpty() ? "Your account has no roles yet"
                : "Your account's roles (" + actor.roles().names() + ") do not allow it";
        return "This needs the permission to " + permission.description() + ". " + held + "; an admin can give you "
                + "a role that does (" + granting + "). Nothing was changed.";
    }
}
