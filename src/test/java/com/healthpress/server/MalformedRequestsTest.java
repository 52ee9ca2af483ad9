package com.healthpress.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import com.healthpress.AdminClient;
import com.healthpress.TestApp;
import com.healthpress.account.LogCapture;
import com.healthpress.article.Article;
import com.healthpress.article.PageAt;
import com.healthpress.config.Config;
import com.healthpress.image.web.ImagePages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;

/** Requests a browser would never send get a short 4xx answer, never a 500 and never a stack trace. */
class MalformedRequestsTest {

    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String MULTIPART = "multipart/form-data; boundary=xyz";

    private static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    record Case(String name, byte[] request) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Case raw(String name, String head, byte[] body) {
        return new Case(name, concat(head.getBytes(StandardCharsets.ISO_8859_1), body));
    }

    static Case get(String name, String target, String extraHeaders) {
        return raw(name, "GET " + target + " HTTP/1.1\r\nHost: localhost\r\n" + extraHeaders
                + "Connection: close\r\n\r\n", new byte[0]);
    }

    static Case post(String name, String path, String contentType, byte[] body) {
        return raw(name, "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + contentType
                + "\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n", body);
    }

    static List<Case> cases() {
        return List.of(
                get("bad percent-encoding in the path", "/articles/%zz", ""),
                get("bad percent-encoding in the query", "/?page=%G1", ""),
                get("invalid UTF-8 in the path", "/articles/%C3%28", ""),
                get("invalid UTF-8 in the query", "/search?q=%FF%FE", ""),
                get("a NUL byte in the path", "/articles/a%00b", ""),
                get("path traversal in a static file", "/static/..%2f..%2fetc%2fpasswd", ""),
                get("an absurdly long path", "/articles/" + "a".repeat(20_000), ""),
                get("huge headers", "/", "X-Padding: " + "x".repeat(64 * 1024) + "\r\n"),
                get("a garbage page number", "/?page=-1e9", ""),
                get("a garbage cursor", "/?before=%27%3B+DROP+TABLE+article%3B--", ""),
                raw("an unknown method", "BREW / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", new byte[0]),
                raw("a control character in the request target",
                        "GET /a\u0001b HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", new byte[0]),
                raw("HTTP/1.1 without Host", "GET / HTTP/1.1\r\nConnection: close\r\n\r\n", new byte[0]),
                post("login with the wrong content type", "/admin/login", "application/json",
                        "{\"username\":\"a\"}".getBytes(StandardCharsets.UTF_8)),
                post("login with no fields", "/admin/login", "application/x-www-form-urlencoded", new byte[0]),
                post("login with invalid UTF-8", "/admin/login", "application/x-www-form-urlencoded",
                        new byte[] {'u', '=', (byte) 0xC3, (byte) 0x28}),
                post("multipart without a boundary", "/admin/import", "multipart/form-data",
                        "garbage".getBytes(StandardCharsets.UTF_8)),
                post("a broken multipart body", "/admin/import", "multipart/form-data; boundary=xyz",
                        "--xyz\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\nunterminated".getBytes(StandardCharsets.UTF_8)),
                raw("a chunked body that lies", "POST /admin/login HTTP/1.1\r\nHost: localhost\r\n"
                        + "Transfer-Encoding: chunked\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                        + "Connection: close\r\n\r\nZZZ\r\nabc\r\n0\r\n\r\n", new byte[0]),
                post("a form post to a page that takes none", "/articles/anything", "application/x-www-form-urlencoded",
                        "a=b".getBytes(StandardCharsets.UTF_8)));
    }

    /** Chunked, so that no Content-Length tells the server the size before it reads the body. */
    static Case chunked(String name, String path, String contentType, String extraHeaders, byte[] body) {
        ByteArrayOutputStream chunks = new ByteArrayOutputStream();
        int chunk = 64 * 1024;
        for (int start = 0; start < body.length; start += chunk) {
            int length = Math.min(chunk, body.length - start);
            chunks.writeBytes((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            chunks.write(body, start, length);
            chunks.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        }
        chunks.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        return raw(name, "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + contentType
                + "\r\nTransfer-Encoding: chunked\r\n" + extraHeaders + "Connection: close\r\n\r\n",
                chunks.toByteArray());
    }

    static List<Case> oversizedBodies() {
        byte[] form = ("username=" + "a".repeat(Config.DEFAULT_MAX_FORM_BYTES)).getBytes(StandardCharsets.UTF_8);
        byte[] upload = multipart("text", "a".repeat((int) ImagePages.maxRequestBytes(Config.DEFAULT_MAX_FORM_BYTES)));
        return List.of(
                post("a form over the limit", "/admin/login", FORM, form),
                chunked("a chunked form over the limit", "/admin/login", FORM, "", form),
                post("an edit over the limit, without a session", "/admin/articles/1", FORM, form),
                post("a multipart form over the upload limit", "/admin/login", MULTIPART, upload),
                chunked("a chunked multipart form over the upload limit", "/admin/login", MULTIPART, "", upload),
                raw("a form declaring a gigabyte and sending little", "POST /admin/login HTTP/1.1\r\nHost: localhost\r\n"
                        + "Content-Type: " + FORM + "\r\nContent-Length: 1073741824\r\n\r\n",
                        "username=a".getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] multipart(String field, String value) {
        return ("--xyz\r\nContent-Disposition: form-data; name=\"" + field + "\"\r\n\r\n" + value + "\r\n--xyz--\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Requests Jetty refuses before any handler sees them, each with the text it must not echo. */
    static List<Case> refusedByJetty() {
        return List.of(
                get("an overlong UTF-8 dot in a static path (400)", "/static/%c0%ae<b>echo-me</b>", ""),
                get("a 100 KB address (414)", "/<b>echo-me</b>" + "a".repeat(100 * 1024), ""),
                get("a 20 KB header (431)", "/", "X-Echo: <b>echo-me</b>" + "x".repeat(20 * 1024) + "\r\n"),
                raw("a bad HTTP version (505)", "GET /<b>echo-me</b> HTTP/7.1\r\nHost: localhost\r\n"
                        + "Connection: close\r\n\r\n", new byte[0]),
                raw("a request line that is not HTTP (400)", "GET /<b>echo-me</b>\u0007 garbage\r\n\r\n", new byte[0]));
    }

    static List<Case> truncatedMultipart() {
        String part = "--x\r\nContent-Disposition: form-data; name=\"username\"\r\n\r\nadm";
        return List.of(
                post("a multipart login without its end", "/admin/login", "multipart/form-data; boundary=x",
                        part.getBytes(StandardCharsets.UTF_8)),
                raw("a multipart login cut off before its length", "POST /admin/login HTTP/1.1\r\nHost: localhost\r\n"
                        + "Content-Type: multipart/form-data; boundary=x\r\nContent-Length: 1000\r\n\r\n",
                        part.getBytes(StandardCharsets.UTF_8)));
    }

    /** Anyone can send these, as fast as they like: each may leave a line in the log, never a stack trace. */
    @ParameterizedTest(name = "{0}")
    @MethodSource({"cases", "refusedByJetty", "truncatedMultipart"})
    void aRefusalLogsAtMostOneLineAndNoStackTrace(Case request) throws IOException {
        List<String> logged;
        // As in production (LogConfigurator), Javalin's INFO lines show.
        Logger javalin = (Logger) LoggerFactory.getLogger("io.javalin");
        Level level = javalin.getLevel();
        javalin.setLevel(Level.INFO);
        try (LogCapture log = new LogCapture()) {
            String response = send(request.request());
            assertTrue(statusLine(response).matches("HTTP/1\\.1 [45]\\d\\d.*"), request.name() + " answered " + statusLine(response));
            logged = log.lines();
        } finally {
            javalin.setLevel(level);
        }

        assertTrue(logged.size() <= 1, request.name() + " logged " + logged.size() + " lines:\n" + String.join("\n", logged));
        assertTrue(logged.stream().noneMatch(line -> line.contains("\n")), request.name() + " logged " + logged);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"cases", "refusedByJetty"})
    void everyRefusalCarriesTheSecurityHeadersAndEchoesNothing(Case request) throws IOException {
        String response = send(request.request());
        String head = response.substring(0, Math.max(0, response.indexOf("\r\n\r\n"))).toLowerCase(java.util.Locale.ROOT);
        String body = response.substring(response.indexOf("\r\n\r\n") + 4);

        assertTrue(statusLine(response).matches("HTTP/1\\.1 [45]\\d\\d.*"), request.name() + " answered " + statusLine(response));
        assertTrue(head.contains("\r\ncontent-security-policy: default-src 'none'"), request.name() + ": " + head);
        assertTrue(head.contains("\r\nx-content-type-options: nosniff"), request.name() + ": " + head);
        assertTrue(head.contains("\r\nx-frame-options: "), request.name() + ": " + head);
        assertFalse(body.contains("echo-me"), request.name() + " echoes the request: " + shorten(body));
        assertFalse(body.isBlank(), request.name() + " says why");
        assertNoLeaks(request, response);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void getsAShort4xxAndNeverA500(Case request) throws IOException {
        String response = send(request.request());

        assertTrue(statusLine(response).matches("HTTP/1\\.1 4\\d\\d.*"), request.name() + " answered " + statusLine(response));
        assertNoLeaks(request, response);
    }

    /** The gigabyte row sends a few bytes only: a server that waited for the declared body would time out instead. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("oversizedBodies")
    void anOversizedBodyGetsA413(Case request) throws IOException {
        String response = send(request.request());

        assertTrue(statusLine(response).startsWith("HTTP/1.1 413"), request.name() + " answered " + statusLine(response));
        String body = response.substring(response.indexOf("\r\n\r\n") + 4);
        assertTrue(!body.isBlank() && body.length() < 100, "a short message, not " + shorten(body));
        assertNoLeaks(request, response);
    }

    @Test
    void anEditOverTheLimitIsRefusedAndChangesNothing() throws IOException {
        AdminClient admin = AdminClient.loggedIn(app);
        Article before = app.articles().findById(app.articles().latest(PageAt.newest(), 1).items().get(0).id()).orElseThrow();
        String editor = "/admin/articles/" + before.id();
        String body = "a".repeat(Config.DEFAULT_MAX_FORM_BYTES);
        String form = "csrf=" + admin.csrfToken() + "&version=" + before.version() + "&action=save&title=Changed&body="
                + body;

        HttpResponse<String> declared = admin.post(editor, List.of(Map.entry("title", "Changed"),
                Map.entry("body", body), Map.entry("version", String.valueOf(before.version())),
                Map.entry("action", "save")));
        String chunked = send(chunked("", editor, FORM, "Cookie: hp_session=" + admin.cookie("hp_session") + "\r\n",
                form.getBytes(StandardCharsets.UTF_8)).request());

        assertEquals(413, declared.statusCode());
        assertTrue(statusLine(chunked).startsWith("HTTP/1.1 413"), statusLine(chunked));
        Article after = app.articles().findById(before.id()).orElseThrow();
        assertEquals(before.version(), after.version());
        assertEquals(before.title(), after.title());
    }

    @Test
    void aFormOverTheLimitIsReadToItsEndSoItsAnswerArrivesAndTheConnectionServesTheNextRequest() throws IOException {
        byte[] body = "a".repeat(Config.DEFAULT_MAX_FORM_BYTES + 1).getBytes(StandardCharsets.US_ASCII);
        Case oversize = raw("oversize", "POST /admin/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + FORM
                + "\r\nContent-Length: " + body.length + "\r\n\r\n", body);
        byte[] next = "GET /robots.txt HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII);

        String answers = send(concat(oversize.request(), next));

        assertTrue(statusLine(answers).startsWith("HTTP/1.1 413"), statusLine(answers));
        int second = answers.indexOf("HTTP/1.1 ", 1);
        assertTrue(second > 0 && answers.startsWith("HTTP/1.1 200", second), shorten(answers));
        assertTrue(answers.contains("Sitemap:"), shorten(answers));
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    private static String statusLine(String response) {
        return response.lines().findFirst().orElse("");
    }

    private static void assertNoLeaks(Case request, String response) {
        String lower = response.toLowerCase(java.util.Locale.ROOT);
        for (String leak : List.of("exception", "at com.", "at io.javalin", "org.eclipse", "jetty", "javalin",
                "org.h2", "sqlstate", "select ", "caused by")) {
            assertFalse(lower.contains(leak), request.name() + " leaks \"" + leak + "\": " + shorten(response));
        }
    }

    private static String send(byte[] request) throws IOException {
        URI base = URI.create(app.url("/"));
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request);
                out.flush();
                // A request sent in full is complete: a body shorter than its length is cut off, as by a client gone.
                socket.shutdownOutput();
            } catch (IOException closedEarly) {
                // The server may answer (413, 431) and close before reading everything; read what it said.
            }
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) > 0 && received.size() < 200_000; ) {
                    received.write(buffer, 0, n);
                }
            } catch (IOException reset) {
                // A reset after the answer still leaves the answer to check.
            }
            return received.toString(StandardCharsets.ISO_8859_1);
        }
    }

    private static String shorten(String text) {
        return text.length() > 600 ? text.substring(0, 600) + "…" : text;
    }
}
