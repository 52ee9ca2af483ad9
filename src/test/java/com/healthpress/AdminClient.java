package com.healthpress;

import com.healthpress.access.Role;
import com.healthpress.access.Roles;
import com.healthpress.account.AccountService;
import com.healthpress.account.AdminSession;
import com.healthpress.account.SessionStore;
import com.healthpress.storage.Database;
import java.io.ByteArrayOutputStream;
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
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * An admin's browser for HTTP tests against a {@link TestApp} or a server in a process of its own: a fresh account
 * logged in through the real login form, a cookie jar, no automatic redirects, and the session's CSRF token added to
 * every POST that does not carry a {@code csrf} field of its own.
 */
public final class AdminClient {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** One part of a multipart/form-data body: a plain field when {@code filename} is null. */
    public record Part(String name, String filename, String contentType, byte[] bytes) {

        public static Part field(String name, String value) {
            return new Part(name, null, null, value.getBytes(StandardCharsets.UTF_8));
        }

        public static Part file(String name, String filename, String contentType, byte[] bytes) {
            return new Part(name, filename, contentType, bytes);
        }
    }

    private final String baseUrl;
    private final String databaseUrl;
    private final String username;
    private final String password;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;
    private String csrfToken;

    private AdminClient(String baseUrl, String databaseUrl, String username, String password) {
        this.baseUrl = baseUrl;
        this.databaseUrl = databaseUrl;
        this.username = username;
        this.password = password;
        this.http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(cookies)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** A new admin with a random name and password, created in the app's database and logged in. */
    public static AdminClient loggedIn(TestApp app) {
        return loggedIn(app.url(""), app.databaseUrl());
    }

    /** A new account with these roles (and a random name and password), logged in. */
    public static AdminClient loggedIn(TestApp app, Role... roles) {
        return loggedIn(app.url(""), app.databaseUrl(), Roles.of(roles));
    }

    /** As {@link #loggedIn(TestApp)}, for the server at {@code baseUrl} on the database at {@code databaseUrl}. */
    public static AdminClient loggedIn(String baseUrl, String databaseUrl) {
        return loggedIn(baseUrl, databaseUrl, Roles.of(Role.ADMIN));
    }

    private static AdminClient loggedIn(String baseUrl, String databaseUrl, Roles roles) {
        String username = roles.inOrder().get(0).storedName() + "-" + randomHex(6);
        String password = "password-" + randomHex(12);
        try (Database database = Database.open(databaseUrl)) {
            new AccountService(database.jdbi(), Clock.systemUTC()).create(username, password, roles);
        }
        AdminClient client = new AdminClient(baseUrl, databaseUrl, username, password);
        client.logIn();
        return client;
    }

    /** Logs in again through the login form, as a browser would: a new session and a new CSRF token. */
    public void logIn() {
        HttpResponse<String> form = get("/admin/login");
        Element field = Jsoup.parse(form.body()).selectFirst("input[name=" + AdminSession.CSRF_FIELD + "]");
        String loginCsrf = field == null ? null : field.val();
        if (form.statusCode() != 200 || loginCsrf == null) {
            throw new IllegalStateException("no login form: " + form.statusCode() + " " + form.body());
        }
        HttpResponse<String> response = post("/admin/login", List.of(
                Map.entry(AdminSession.CSRF_FIELD, loginCsrf),
                Map.entry("username", username),
                Map.entry("password", password),
                Map.entry("next", "/admin")));
        String session = cookie("hp_session");
        if (response.statusCode() != 303 || session == null) {
            throw new IllegalStateException("login as " + username + " failed: " + response.statusCode() + " "
                    + response.body());
        }
        try (Database database = Database.open(databaseUrl)) {
            csrfToken = new SessionStore(database.jdbi(), Clock.systemUTC()).csrfTokenOf(session)
                    .orElseThrow(() -> new IllegalStateException("the new session is not in the database"));
        }
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET().build());
    }

    /** A GET to another app instance with this client's cookies, as a browser behind a load balancer would. */
    public HttpResponse<String> getFrom(TestApp other, String path) {
        return send(HttpRequest.newBuilder(URI.create(other.url(path))).timeout(Duration.ofSeconds(30)).GET().build());
    }

    public HttpResponse<String> post(String path, Map<String, String> fields) {
        return post(path, List.copyOf(fields.entrySet()));
    }

    /** A urlencoded form; names may repeat. The CSRF token goes first unless the fields have a csrf field. */
    public HttpResponse<String> post(String path, List<Map.Entry<String, String>> fields) {
        List<Map.Entry<String, String>> all = new ArrayList<>();
        if (csrfToken != null && fields.stream().noneMatch(field -> field.getKey().equals(AdminSession.CSRF_FIELD))) {
            all.add(Map.entry(AdminSession.CSRF_FIELD, csrfToken));
        }
        all.addAll(fields);
        String body = all.stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    /** A multipart/form-data form, with the CSRF token as its first part unless the parts have a csrf field. */
    public HttpResponse<String> postMultipart(String path, List<Part> parts) {
        List<Part> all = new ArrayList<>();
        if (csrfToken != null && parts.stream().noneMatch(part -> part.name().equals(AdminSession.CSRF_FIELD))) {
            all.add(Part.field(AdminSession.CSRF_FIELD, csrfToken));
        }
        all.addAll(parts);
        String boundary = "----healthpress-" + randomHex(12);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Part part : all) {
            StringBuilder head = new StringBuilder("--").append(boundary).append("\r\n")
                    .append("Content-Disposition: form-data; name=\"").append(quoted(part.name())).append('"');
            if (part.filename() != null) {
                head.append("; filename=\"").append(quoted(part.filename())).append('"');
            }
            head.append("\r\n");
            if (part.contentType() != null) {
                head.append("Content-Type: ").append(part.contentType()).append("\r\n");
            }
            body.writeBytes(head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
            body.writeBytes(part.bytes());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(path)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build());
    }

    /**
     * Saves an article through its editor as a browser would: the form as the editor page shows it, sent as
     * multipart/form-data, with the text changes and the extra parts (the hero image fields) added.
     */
    public HttpResponse<String> saveArticle(long articleId, Map<String, String> changes, List<Part> extra) {
        return postMultipart("/admin/articles/" + articleId, articleForm(articleId, changes, extra));
    }

    /** Creates an article through the new-article form, as {@link #saveArticle} saves one. */
    public HttpResponse<String> createArticle(Map<String, String> fields, List<Part> extra) {
        return postMultipart("/admin/articles", editorForm("/admin/articles/new", fields, extra));
    }

    /** The parts {@link #saveArticle} sends: the editor's form as shown now, with the changes and extra parts. */
    public List<Part> articleForm(long articleId, Map<String, String> changes, List<Part> extra) {
        return editorForm("/admin/articles/" + articleId, changes, extra);
    }

    private List<Part> editorForm(String editorPath, Map<String, String> changes, List<Part> extra) {
        Element form = Jsoup.parse(get(editorPath).body()).selectFirst("form.editor");
        List<Part> parts = new ArrayList<>();
        for (Element input : form.select("input[name], textarea[name], select[name]")) {
            String name = input.attr("name");
            String type = input.attr("type");
            boolean unchecked = (type.equals("radio") || type.equals("checkbox")) && !input.hasAttr("checked")
                    && !(type.equals("checkbox") && changes.containsKey(name));
            if (name.equals(AdminSession.CSRF_FIELD) || type.equals("file") || unchecked
                    || extra.stream().anyMatch(part -> part.name().equals(name))) {
                continue;
            }
            String value = switch (input.tagName()) {
                case "textarea" -> input.wholeText();
                case "select" -> input.select("option[selected]").attr("value");
                default -> input.attr("value");
            };
            parts.add(Part.field(name, changes.getOrDefault(name, value)));
        }
        parts.add(Part.field("action", "save"));
        parts.addAll(extra);
        return parts;
    }

    /** The session's CSRF token, as every admin form carries it. */
    public String csrfToken() {
        return csrfToken;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    /** The value of a cookie the app has set and not cleared, or null. */
    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals(name) && !cookie.hasExpired())
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30));
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A name or file name inside a quoted header parameter, as browsers send it. */
    private static String quoted(String value) {
        return value.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
