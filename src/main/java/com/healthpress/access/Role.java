package com.healthpress.access;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** What an account is for; an account may hold several, and may do what any of them grants. */
public enum Role {
    ADMIN("accounts and settings, and everything the others may do", EnumSet.allOf(Permission.class)),
    EDITOR("publishes, and does everything a writer can", EnumSet.of(Permission.VIEW_ADMIN, Permission.EDIT_DRAFT,
            Permission.PUBLISH, Permission.IMPORT, Permission.MANAGE_PEOPLE)),
    WRITER("creates and edits drafts", EnumSet.of(Permission.VIEW_ADMIN, Permission.EDIT_DRAFT)),
    REVIEWER("reads articles and reviews them medically", EnumSet.of(Permission.VIEW_ADMIN, Permission.REVIEW));

    private final String description;
    private final Set<Permission> permissions;

    Role(String description, Set<Permission> permissions) {
        this.description = description;
        this.permissions = Set.copyOf(permissions);
    }

    public boolean grants(Permission permission) {
        return permissions.contains(permission);
    }

    /** The name stored and typed: {@code admin}, {@code editor}, {@code writer}, {@code reviewer}. */
    public String storedName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String description() {
        return description;
    }

    /** The role with this stored name, in any case; empty for anything else. */
    public static Optional<Role> named(String name) {
        for (Role role : values()) {
            if (role.storedName().equalsIgnoreCase(name == null ? "" : name.strip())) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    /** "admin, editor, writer, reviewer": for messages that list the choices. */
    public static String allNames() {
        return String.join(", ", EnumSet.allOf(Role.class).stream().map(Role::storedName).toList());
    }
}
