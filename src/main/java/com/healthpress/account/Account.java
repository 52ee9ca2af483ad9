package com.healthpress.account;

import com.healthpress.access.Actor;
import com.healthpress.access.Roles;
import java.time.Instant;

/** An account that may log in to the admin, with the roles that say what it may do. Its password hash stays here. */
public record Account(long id, String username, Instant createdAt, Roles roles) {

    public Actor actor() {
        return new Actor(username, roles);
    }
}
