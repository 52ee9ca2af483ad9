package com.healthpress.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** After logging in, an admin goes back to a local /admin page, never anywhere else. */
class NextPathTest {

    @Test
    void plainAdminPathsAreKeptWithTheirQuery() {
        for (String next : List.of("/admin", "/admin/", "/admin/articles/12", "/admin?status=draft",
                "/admin/articles/12/history/compare?from=1&to=3", "/admin/articles?q=caf%C3%A9",
                "/admin?next=//evil.example")) {
            assertEquals(next, NextPath.orHome(next), next);
        }
    }

    @Test
    void everythingElseGoesToTheAdminHome() {
        for (String next : List.of("", "//evil.example", "//evil.example/admin", "///evil.example",
                "https://evil.example/admin", "http:/admin", "javascript:alert(1)", "/\\evil.example",
                "/admin\\..\\evil", "\\\\evil.example", "/admin/../articles", "/admin/./x", "/admin/%2e%2e/x",
                "/admin/%2E%2E/x", "/admin/%2F%2Fevil.example", "/admin//evil.example", "/admin%2F..%2Fx",
                "/admin/%5Cevil", "/admin\t/x", "/admin\n/x", " /admin", "/admin /x", "/administrator",
                "/admins", "/articles/x", "admin", "/admin#fragment", "/admin/x%00", "/admin/%0d%0aSet-Cookie:x",
                "/admin/login", "/admin/login?next=/admin", "/admin/logout", "/admin/setup/token",
                "/admin/" + "x".repeat(2000), "/admin/caf\u00e9")) {
            assertEquals(NextPath.HOME, NextPath.orHome(next), next);
        }
        assertEquals(NextPath.HOME, NextPath.orHome(null));
    }
}
