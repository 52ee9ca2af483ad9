package com.healthpress.account;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * A browser without a login for the account tests: a cookie jar, no automatic redirects, forms posted exactly as
 * given. {@link #logIn} goes through the real login form.
 */
final class Browser {

    private final String baseUrl;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;
    private String formToken;

    Browser(String baseUrl) {
        this.baseUrl = baseUrl;
        this.http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(cookies)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET().build());
    }

    /** Posts the fields as given, in order; pairs of name and value. */
    HttpResponse<String> post(String path, String... namesAndValues) {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            pairs.add(encode(namesAndValues[i]) + "=" + encode(namesAndValues[i + 1]));
        }
        return send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(String.join("&", pairs)))
                .build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30));
    }

    /** Fetches the login form (for its token cookie) and posts the credentials with it. */
    HttpResponse<String> logIn(String username, String password) {
        return logIn(username, password, "/admin");
    }

    HttpResponse<String> logIn(String username, String password, String next) {
        return post("/admin/login", "csrf", formToken(), "username", username, "password", password, "next", next);
    }

    /**
     * The token the login and setup forms carry, from the login page (which sets the cookie it is made from). A
     * logged-in browser is sent on instead of shown the form; it then uses the token of the last form it was shown,
     * as a form left open in a tab would.
     */
    String formToken() {
        Element field = Jsoup.parse(get("/admin/login").body()).selectFirst("input[name=csrf]");
        if (field != null) {
            formToken = field.val();
        }
        return formToken;
    }

    String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals(name) && !cookie.hasExpired())
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }

    void clearCookies() {
        cookies.getCookieStore().removeAll();
    }

    void setCookie(String name, String value) {
        HttpCookie cookie = new HttpCookie(name, value);
        cookie.setPath("/admin");
        cookie.setVersion(0);
        cookies.getCookieStore().add(URI.create(baseUrl + "/admin"), cookie);
    }

    /** The Set-Cookie headers of a response, by cookie name. */
    static Map<String, String> setCookies(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .collect(Collectors.toMap(header -> header.substring(0, header.indexOf('=')), header -> header,
                        (first, second) -> second, LinkedHashMap::new));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
