package com.healthpress;

import com.healthpress.access.Actor;
import com.healthpress.access.Role;
import com.healthpress.access.Roles;

/** Accounts acting on services in tests, by name and roles, without logging in. */
public final class TestActors {

    private TestActors() {
    }

    /** An account with the admin role, which may do everything. */
    public static Actor admin(String username) {
        return new Actor(username, Roles.of(Role.ADMIN));
    }

    public static Actor withRoles(String username, Role... roles) {
        return new Actor(username, Roles.of(roles));
    }
}
