package com.healthpress.api.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.AdminClient;
import com.healthpress.TestApp;
import com.healthpress.access.Role;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The admin's API keys page: a key shown once and usable, listed by its start only, revoked at once. */
class ApiKeyPagesTest {

    private static TestApp app;
    private static ApiClient api;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        api = new ApiClient(app);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void aNewKeyIsShownOnceWorksAndIsRevokedFromThePage() {
        AdminClient admin = AdminClient.loggedIn(app);

        HttpResponse<String> created = admin.post("/admin/api-keys", Map.of("name", "Newsletter"));
        String key = Jsoup.parse(created.body()).select("#new-key").attr("value");

        assertEquals(200, created.statusCode());
        assertEquals("no-store", created.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(key.startsWith("hp_"), key);
        assertEquals(200, api.get("/api/v1/topics", key).statusCode());
        Document list = Jsoup.parse(admin.get("/admin/api-keys").body());
        assertFalse(list.html().contains(key), "the list never shows the key again");
        assertTrue(list.select("table.list").text().contains(key.substring(0, 10) + "…"));
        String revoke = list.select("form[action$=/revoke]").attr("action");

        HttpResponse<String> revoked = admin.post(revoke, Map.of());

        assertEquals(303, revoked.statusCode());
        assertEquals(401, api.get("/api/v1/topics", key).statusCode());
        assertTrue(Jsoup.parse(admin.get("/admin/api-keys").body()).select("table.list").text().contains("revoked"));
    }

    @Test
    void aKeyWithoutANameIsRefusedNextToTheField() {
        HttpResponse<String> refused = AdminClient.loggedIn(app).post("/admin/api-keys", Map.of("name", " "));

        assertEquals(422, refused.statusCode());
        Document page = Jsoup.parse(refused.body());
        assertTrue(page.select("#key-name-error").text().contains("1 to 100 characters"), page.select("form").html());
        assertTrue(page.select("#new-key").isEmpty());
    }

    @Test
    void onlyThoseWhoManageSettingsSeeKeys() {
        AdminClient editor = AdminClient.loggedIn(app, Role.EDITOR);

        assertEquals(403, editor.get("/admin/api-keys").statusCode());
        assertEquals(403, editor.post("/admin/api-keys", Map.of("name", "Sneaky")).statusCode());
    }
}
