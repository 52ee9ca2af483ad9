package com.healthpress.account;

import com.healthpress.access.Access;
import com.healthpress.access.Permission;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import io.javalin.security.RouteRole;
import java.util.Collection;
import java.util.Optional;

/**
 * Declares the admin routes, each with the access it needs: the route carries it where anyone who lists the router's
 * routes can read it ({@link #accessOf}), and its handler runs only once the gate ({@link AdminAuth#checkAccess}) has
 * let the request through. An admin route declared any other way has no access, which the permission table test
 * refuses. One line per route: {@code admin.get("/admin/people", Permission.MANAGE_PEOPLE, people::list)}.
 */
public final class AdminRoutes {

    private final RoutesConfig routes;
    private final AdminAuth auth;

    public AdminRoutes(RoutesConfig routes, AdminAuth auth) {
        this.routes = routes;
        this.auth = auth;
    }

    /** The access a route was declared with, as Javalin keeps it among the route's roles. */
    public record Declared(Access access) implements RouteRole {
    }

    public void get(String path, Permission permission, Handler handler) {
        get(path, Access.to(permission), handler);
    }

    public void post(String path, Permission permission, Handler handler) {
        post(path, Access.to(permission), handler);
    }

    public void get(String path, Access access, Handler handler) {
        routes.get(path, guarded(access, handler), new Declared(access));
    }

    public void post(String path, Access access, Handler handler) {
        routes.post(path, guarded(access, handler), new Declared(access));
    }

    /** The access among a route's roles, if it was declared here. */
    public static Optional<Access> accessOf(Collection<RouteRole> roles) {
        return roles.stream().filter(Declared.class::isInstance).map(role -> ((Declared) role).access()).findFirst();
    }

    private Handler guarded(Access access, Handler handler) {
        return ctx -> {
            auth.checkAccess(ctx, access);
            handler.handle(ctx);
        };
    }
}
