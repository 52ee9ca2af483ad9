package com.healthpress.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.TestApp;
import com.healthpress.TestArticles;
import com.healthpress.access.Access;
import com.healthpress.access.Permission;
import com.healthpress.access.Role;
import com.healthpress.access.Roles;
import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import io.javalin.router.ParsedEndpoint;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The permission table: every admin route of the running app's router, whoever added it, is declared with the access
 * it needs, and is answered for every role, for an account without roles, for a disabled account and without a
 * session exactly as that access says: let through, refused with the 403 page, or sent to log in.
 */
class AdminRoutePermissionsTest {

    private static final String PASSWORD = "a long enough password";
    private static final String REFUSAL_HEADING = "Your account may not do this";
    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}|<([^>]+)>");

    /** Who asks: an account by its roles, one that is disabled, or nobody (no session). */
    private record Asker(String name, Roles roles, boolean hasSession) {
    }

    private static TestApp app;
    private static AppDatabase database;
    private static SessionStore sessions;
    private static final Map<Asker, Account> ACCOUNTS = new LinkedHashMap<>();
    private static long targetAccountId;
    private static final AtomicInteger ARTICLES = new AtomicInteger();

    @BeforeAll
    static void start() {
        app = TestApp.start();
        database = new AppDatabase(app.databaseUrl());
        sessions = new SessionStore(database.jdbi(), Clock.systemUTC());
        AccountService accounts = new AccountService(database.jdbi(), Clock.systemUTC());
        for (Role role : Role.values()) {
            ACCOUNTS.put(new Asker(role.storedName(), Roles.of(role), true),
                    accounts.create("as-" + role.storedName(), PASSWORD, Roles.of(role)));
        }
        ACCOUNTS.put(new Asker("no roles", Roles.NONE, true), accounts.create("as-nobody", PASSWORD, Roles.NONE));
        Account disabled = accounts.create("as-disabled-admin", PASSWORD, Roles.of(Role.ADMIN));
        accounts.setDisabled(disabled.id(), true);
        ACCOUNTS.put(new Asker("a disabled admin", Roles.of(Role.ADMIN), false), disabled);
        ACCOUNTS.put(new Asker("no session", Roles.NONE, false), null);
        targetAccountId = accounts.create("target", PASSWORD, Roles.of(Role.WRITER)).id();
    }

    @AfterAll
    static void stop() {
        database.close();
        app.close();
    }

    @Test
    void everyAdminRouteIsDeclaredWithTheAccessItNeeds() {
        List<String> adminRoutes = adminRoutes(app.routes()).stream().map(route -> route.method + " " + route.path)
                .toList();

        assertTrue(adminRoutes.size() >= 30, "the router lists the admin routes: " + adminRoutes);
        assertEquals(List.of(), undeclared(app.routes()), "admin routes without a declared access");
    }

    @Test
    void anAdminRouteAddedWithoutAnAccessIsFound() {
        Javalin fixture = Javalin.create(cfg -> {
            AdminRoutes admin = new AdminRoutes(cfg.routes, new AdminAuth(null, null, null, null));
            admin.get("/admin/declared", Permission.VIEW_ADMIN, ctx -> ctx.result("declared"));
            cfg.routes.get("/admin/forgotten", ctx -> ctx.result("forgotten"));
            cfg.routes.get("/public", ctx -> ctx.result("not an admin route"));
        });

        assertEquals(List.of("GET /admin/forgotten"), undeclared(fixture.unsafe.internalRouter.allHttpHandlers()));
    }

    @Test
    void everyAdminRouteAnswersEveryRoleAsItsAccessSays() {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Endpoint route : adminRoutes(app.routes())) {
            Access access = accessOf(route).orElseThrow(() -> new AssertionError(route.path + " has no access"));
            for (Map.Entry<Asker, Account> asker : ACCOUNTS.entrySet()) {
                HttpResponse<String> response = send(route, asker.getValue());
                String outcome = outcome(response);
                String expected = expected(access, asker.getKey());
                checked++;
                if (!outcome.equals(expected)) {
                    wrong.add(route.method + " " + route.path + " (" + access + ") as " + asker.getKey().name()
                            + ": expected " + expected + ", was " + outcome + " (" + response.statusCode() + ")");
                }
            }
        }

        assertTrue(checked >= 30 * ACCOUNTS.size(), "checked " + checked);
        assertEquals(List.of(), wrong, String.join("\n", wrong));
    }

    @Test
    void theRefusalPageSaysWhatTheAccountLacksAndNothingIsDone() {
        long article = newDraft();
        Account writer = account(Role.WRITER);

        HttpResponse<String> response = send(HandlerType.POST, "/admin/articles/" + article + "/trash", writer);

        assertEquals(403, response.statusCode());
        assertTrue(response.body().contains(REFUSAL_HEADING), response.body());
        assertTrue(response.body().contains(Permission.PUBLISH.description()), response.body());
        assertTrue(response.body().contains("(writer)"), response.body());
        boolean trashed = database.jdbi().withHandle(handle -> handle.createQuery(
                "SELECT deleted_at IS NOT NULL FROM article WHERE id = " + article).mapTo(Boolean.class).one());
        assertFalse(trashed);
    }

    private static String expected(Access access, Asker asker) {
        if (access.kind() == Access.Kind.OPEN) {
            return "let through";
        }
        if (!asker.hasSession()) {
            return "sent to log in";
        }
        return access.kind() == Access.Kind.SIGNED_IN || asker.roles().allow(access.permission()) ? "let through"
                : "refused";
    }

    private static String outcome(HttpResponse<String> response) {
        if (response.statusCode() == 403 && response.body().contains(REFUSAL_HEADING)) {
            return "refused";
        }
        boolean toLogin = response.statusCode() == 303
                && response.headers().firstValue("Location").orElse("").startsWith("/admin/login?next=");
        return toLogin || response.statusCode() == 401 ? "sent to log in" : "let through";
    }

    /** The route with its parameters filled in, asked with a fresh session of the account (none for null). */
    private static HttpResponse<String> send(Endpoint route, Account account) {
        return send(route.method, concrete(route.path), account);
    }

    private static HttpResponse<String> send(HandlerType method, String path, Account account) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app.url(path))).timeout(Duration.ofSeconds(60));
        if (account != null) {
            SessionStore.Started session = sessions.start(account);
            request.header("Cookie", AdminCookies.SESSION + "=" + session.cookieValue())
                    .header(AdminAuth.CSRF_HEADER, session.session().csrfToken());
        }
        HttpRequest.BodyPublisher empty = HttpRequest.BodyPublishers.noBody();
        request.header("Content-Type", "application/x-www-form-urlencoded");
        return app.send(request.method(method.name(), method == HandlerType.GET || method == HandlerType.HEAD
                ? empty : HttpRequest.BodyPublishers.ofString("")).build());
    }

    /**
     * A path to ask: an article id is a new draft each time (a request may trash or change it), an account id the
     * target account (never one that asks), and any other parameter a value that names nothing.
     */
    private static String concrete(String path) {
        Matcher parameter = PARAMETER.matcher(path);
        StringBuilder concrete = new StringBuilder();
        while (parameter.find()) {
            String name = parameter.group(1) != null ? parameter.group(1) : parameter.group(2);
            String before = path.substring(0, parameter.start());
            String value = switch (name) {
                case "id" -> before.startsWith("/admin/articles/") ? String.valueOf(newDraft())
                        : before.startsWith("/admin/accounts/") ? String.valueOf(targetAccountId) : "1";
                case "version" -> "1";
                case "token" -> "A".repeat(43);
                case "file" -> "1-0123456789.webp";
                default -> "1";
            };
            parameter.appendReplacement(concrete, value);
        }
        parameter.appendTail(concrete);
        return concrete.toString();
    }

    private static long newDraft() {
        return app.articles().create(TestArticles.draft("Permission table draft " + ARTICLES.incrementAndGet())).id();
    }

    private static Account account(Role role) {
        return ACCOUNTS.entrySet().stream().filter(entry -> entry.getKey().name().equals(role.storedName()))
                .findFirst().orElseThrow().getValue();
    }

    private static List<Endpoint> adminRoutes(List<ParsedEndpoint> routes) {
        return routes.stream().map(route -> route.endpoint)
                .filter(route -> route.path.equals("/admin") || route.path.startsWith("/admin/"))
                .toList();
    }

    private static List<String> undeclared(List<ParsedEndpoint> routes) {
        return adminRoutes(routes).stream().filter(route -> accessOf(route).isEmpty())
                .map(route -> route.method + " " + route.path).toList();
    }

    private static Optional<Access> accessOf(Endpoint route) {
        io.javalin.security.Roles roles = route.metadata(io.javalin.security.Roles.class);
        return roles == null ? Optional.empty() : AdminRoutes.accessOf(roles.getRoles());
    }
}
