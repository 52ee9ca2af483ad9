package com.healthpress.backup;

import static com.healthpress.TestPorts.freePort;

import com.healthpress.Healthpress;
import com.healthpress.account.AdminSession;
import com.healthpress.config.Config;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import org.jsoup.Jsoup;

/**
 * The app on a free port with a BASE_URL given rather than made from the port, so that two of them on two databases
 * can render the same bytes.
 */
final class PageServer implements AutoCloseable {

    static final String BASE_URL = "https://health.example.com";

    private final int port;
    private final Javalin app;
    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private PageServer(int port, Javalin app) {
        this.port = port;
        this.app = app;
    }

    static PageServer start(String databaseUrl, Clock clock) {
        int port = freePort();
        Config config = new Config(port, databaseUrl, BASE_URL, "Healthpress Test");
        return new PageServer(port, Healthpress.create(config, clock).start("127.0.0.1", port));
    }

    HttpResponse<byte[]> get(String path) {
        return send(http, HttpRequest.newBuilder(uri(path)).GET().build());
    }

    /**
     * Logs in through the login form as a browser does; true when the app answers with a redirect and a session.
     * The cookies are Secure under the https BASE_URL, so they are read from and sent in headers by hand.
     */
    boolean logIn(String username, String password) {
        HttpResponse<byte[]> form = get("/admin/login");
        String loginCookie = cookie(form, "hp_login_csrf");
        String loginCsrf = Jsoup.parse(new String(form.body(), StandardCharsets.UTF_8))
                .selectFirst("input[name=" + AdminSession.CSRF_FIELD + "]").val();
        String body = AdminSession.CSRF_FIELD + "=" + encode(loginCsrf) + "&username=" + encode(username)
                + "&password=" + encode(password) + "&next=" + encode("/admin");
        HttpResponse<byte[]> login = send(http, HttpRequest.newBuilder(uri("/admin/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "hp_login_csrf=" + loginCookie)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
        return login.statusCode() == 303 && cookie(login, "hp_session") != null;
    }

    private static String cookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream()
                .flatMap(header -> HttpCookie.parse(header).stream())
                .filter(cookie -> cookie.getName().equals(name) && !cookie.getValue().isEmpty())
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static HttpResponse<byte[]> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        app.stop();
    }
}
