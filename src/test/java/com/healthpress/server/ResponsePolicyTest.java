package com.healthpress.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.Healthpress;
import com.healthpress.TestDatabases;
import com.healthpress.config.Config;
import io.javalin.Javalin;
import io.javalin.http.ForbiddenResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A step added to the response policy reaches every answer, whichever way it is given: a page rendered by Javalin,
 * the same page from the cache before Javalin, a 304, error pages and the answers Jetty gives itself; and nothing but
 * the policy runs before or around Javalin's handlers, where the shortcut could not see it.
 */
class ResponsePolicyTest {

    private static final String HEADER = "X-Added-Step";
    private static final Queue<String> BEFORE = new ConcurrentLinkedQueue<>();
    private static final Queue<String> AFTER = new ConcurrentLinkedQueue<>();
    private static final PolicyStep ADDED_STEP = new PolicyStep() {
        @Override
        public void before(Exchange exchange) {
            BEFORE.add(exchange.method() + " " + exchange.path() + " by " + exchange.getClass().getSimpleName());
            exchange.header(HEADER, "applied");
        }

        @Override
        public void after(Exchange exchange, float milliseconds) {
            AFTER.add(exchange.method() + " " + exchange.path() + " " + exchange.status());
        }
    };
    /** Refuses requests that ask for it, and asks for Javalin's context when told to, on either path. */
    private static final PolicyStep REFUSING_STEP = new PolicyStep() {
        @Override
        public void before(Exchange exchange) {
            if (exchange.requestHeader("X-Refuse-Me") != null) {
                throw new ForbiddenResponse();
            }
            if (exchange.requestHeader("X-Needs-Javalin") != null) {
                exchange.javalin().attribute("needed", true);
            }
        }
    };
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private static Javalin app;

    @BeforeAll
    static void start() {
        Config config = new Config(0, TestDatabases.fresh(), "http://localhost", "Healthpress Test");
        app = Healthpress.create(config, Clock.systemUTC(), ADDED_STEP, REFUSING_STEP).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    @Test
    void aStepAddedToThePolicyReachesRenderedCachedNotModifiedAndErrorAnswers() throws Exception {
        HttpResponse<String> rendered = send("GET", "/");
        HttpResponse<String> cached = send("GET", "/");
        HttpResponse<String> notModified = send("GET", "/", "If-None-Match",
                cached.headers().firstValue("ETag").orElseThrow());
        HttpResponse<String> head = send("HEAD", "/");
        HttpResponse<String> fromTheCacheThroughJavalin = send("GET", "/?utm_source=policy");
        HttpResponse<String> missing = send("GET", "/articles/no-such-article");
        HttpResponse<String> badQuery = send("GET", "/search?q=%FF%FE");
        HttpResponse<String> admin = send("GET", "/admin");
        String refusedByJetty = raw("GET /static/%c0%ae HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        Map<String, HttpResponse<String>> answers = new LinkedHashMap<>();
        answers.put("rendered", rendered);
        answers.put("cached", cached);
        answers.put("not modified", notModified);
        answers.put("head", head);
        answers.put("from the cache through Javalin", fromTheCacheThroughJavalin);
        answers.put("missing", missing);
        answers.put("admin", admin);
        answers.forEach((name, response) -> assertEquals("applied",
                response.headers().firstValue(HEADER).orElse(""), name + ": " + response));
        assertEquals(List.of(200, 200, 304, 200, 200, 404, 303),
                answers.values().stream().map(HttpResponse::statusCode).toList());
        assertEquals(400, badQuery.statusCode(), "refused by a step before the added one, which it skips");
        assertTrue(refusedByJetty.startsWith("HTTP/1.1 400"), refusedByJetty);
        assertTrue(refusedByJetty.contains("\r\n" + HEADER + ": applied\r\n"), refusedByJetty);
        assertTrue(BEFORE.contains("GET / by ContextExchange"), "Javalin rendered the page: " + BEFORE);
        assertTrue(BEFORE.contains("GET / by JettyExchange"), "the shortcut answered from the cache: " + BEFORE);
        awaitAfter(List.of("GET / 200", "GET / 304", "HEAD / 200", "GET /articles/no-such-article 404",
                "GET /search 400", "GET /admin 303", "GET /static/%c0%ae 400"));
    }

    @Test
    void aCachedPageThatAStepRefusesOrWantsJavalinForIsAnsweredByJavalin() throws Exception {
        String page = "/feed.xml";
        HttpResponse<String> rendered = send("GET", page);
        HttpResponse<String> refused = send("GET", page, "X-Refuse-Me", "yes");
        HttpResponse<String> throughJavalin = send("GET", page, "X-Needs-Javalin", "yes");

        assertEquals(200, rendered.statusCode());
        assertEquals(403, refused.statusCode());
        assertEquals(List.of(SecurityHeaders.CONTENT_SECURITY_POLICY),
                refused.headers().allValues("Content-Security-Policy"), "set once, by Javalin");
        assertEquals(200, throughJavalin.statusCode());
        assertEquals(rendered.body(), throughJavalin.body());
        assertEquals(withoutDate(rendered), withoutDate(throughJavalin));
        awaitAfter(List.of("GET " + page + " 403"));
        assertEquals(1, AFTER.stream().filter(line -> line.equals("GET " + page + " 403")).count(),
                "one access line: " + AFTER);
    }

    @Test
    void theCachedAndTheRenderedAnswerCarryTheSameHeaders() {
        HttpResponse<String> rendered = send("GET", "/robots.txt");
        HttpResponse<String> cached = send("GET", "/robots.txt");

        assertEquals(withoutDate(rendered), withoutDate(cached));
    }

    @Test
    void nothingButThePolicyRunsBeforeOrAroundJavalinsHandlers() {
        assertEquals(List.of(), registeredOutsideThePolicy(app));
    }

    @Test
    void aBeforeHandlerBesideThePolicyIsFound() {
        ResponsePolicy policy = new ResponsePolicy(List.of(ADDED_STEP));
        Javalin wrong = Javalin.create(cfg -> {
            policy.registerWith(cfg);
            cfg.routes.before(ctx -> ctx.header("X-Skipped-By-The-Shortcut", "yes"));
            cfg.routes.after(ctx -> ctx.header("X-Also-Skipped", "yes"));
        });

        assertEquals(List.of("BEFORE *", "AFTER *"), registeredOutsideThePolicy(wrong));
    }

    /** Handlers that run for requests beside their endpoint's, other than the policy, and extra request loggers. */
    private static List<String> registeredOutsideThePolicy(Javalin javalin) {
        List<String> found = new ArrayList<>(javalin.unsafe.internalRouter.allHttpHandlers().stream()
                .map(parsed -> parsed.endpoint)
                .filter(endpoint -> !endpoint.method.isHttpMethod() && !(endpoint.handler instanceof ResponsePolicy))
                .map(endpoint -> endpoint.method + " " + endpoint.path)
                .toList());
        javalin.unsafe.httpRequestLoggers.stream()
                .filter(logger -> !(logger instanceof ResponsePolicy))
                .forEach(logger -> found.add("request logger " + logger));
        return found;
    }

    /** The steps' after() runs once the answer is sent, which may be after the client has read it. */
    private static void awaitAfter(List<String> lines) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (!AFTER.containsAll(lines) && Instant.now().isBefore(deadline)) {
            Thread.sleep(10);
        }
        for (String line : lines) {
            assertTrue(AFTER.contains(line), line + " in " + AFTER);
        }
    }

    private static Map<String, List<String>> withoutDate(HttpResponse<?> response) {
        Map<String, List<String>> headers = new TreeMap<>(response.headers().map());
        headers.remove("date");
        return headers;
    }

    private static HttpResponse<String> send(String method, String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .timeout(Duration.ofSeconds(30));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", app.port())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
