package com.healthpress.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.TestApp;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Requests a browser would never send get a short 4xx answer, never a 500 and never a stack trace. */
class MalformedRequestsTest {

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
        byte[] headBytes = head.getBytes(StandardCharsets.ISO_8859_1);
        byte[] request = new byte[headBytes.length + body.length];
        System.arraycopy(headBytes, 0, request, 0, headBytes.length);
        System.arraycopy(body, 0, request, headBytes.length, body.length);
        return new Case(name, request);
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
                post("a body over the size limit", "/admin/login", "application/x-www-form-urlencoded",
                        ("username=" + "a".repeat(3 * 1024 * 1024)).getBytes(StandardCharsets.UTF_8)),
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

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void getsAShort4xxAndNeverA500(Case request) throws IOException {
        String response = send(request.request());
        String statusLine = response.lines().findFirst().orElse("");

        assertTrue(statusLine.matches("HTTP/1\\.1 4\\d\\d.*"), request.name() + " answered " + statusLine);
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
