package com.healthpress.config;

import com.healthpress.Healthpress;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigTest {

    @Test
    void everySettingHasAWorkingDefault() {
        Config config = Config.fromEnvironment(Map.of());

        assertEquals(7070, config.port());
        assertEquals("jdbc:h2:file:./data/healthpress;AUTO_SERVER=TRUE", config.databaseUrl());
        assertEquals("http://localhost:7070", config.baseUrl());
        assertEquals("Healthpress", config.siteName());
    }

    @Test
    void theMemoryCacheTakesAnEighthOfTheHeapByDefaultAtMost64Megabytes() {
        long megabyte = 1024 * 1024;
        assertEquals(20, Config.defaultPageCacheMegabytes(160 * megabyte));
        assertEquals(64, Config.defaultPageCacheMegabytes(4096 * megabyte));
        assertEquals(1, Config.defaultPageCacheMegabytes(2 * megabyte));
        assertEquals(Config.defaultPageCacheMegabytes(Runtime.getRuntime().maxMemory()),
                Config.fromEnvironment(Map.of()).pageCacheMegabytes());
        assertEquals(100, Config.fromEnvironment(Map.of("PAGE_CACHE_MB", "100")).pageCacheMegabytes());
    }

    @Test
    void baseUrlDefaultsToThePort() {
        assertEquals("http://localhost:8080", Config.fromEnvironment(Map.of("PORT", "8080")).baseUrl());
    }

    @Test
    void givenValuesAreUsedAndATrailingSlashIsDropped() {
        Config config = Config.fromEnvironment(Map.of("PORT", "9000", "BASE_URL", "https://health.example.com/",
                "DATABASE_URL", "jdbc:postgresql://db/healthpress", "SITE_NAME", "Well Read"));

        assertEquals(9000, config.port());
        assertEquals("https://health.example.com", config.baseUrl());
        assertTrue(config.isHttps());
        assertEquals("jdbc:postgresql://db/healthpress", config.databaseUrl());
        assertEquals("Well Read", config.siteName());
    }

    @Test
    void aWrongValueIsRejectedWithOneLineNamingTheVariable() {
        assertNamed("PORT", Map.of("PORT", "seventy"));
        assertNamed("PORT", Map.of("PORT", "70000"));
        assertNamed("DATABASE_URL", Map.of("DATABASE_URL", "mysql://localhost/db"));
        assertNamed("BASE_URL", Map.of("BASE_URL", "localhost:7070"));
        assertNamed("BASE_URL", Map.of("BASE_URL", "https://example.com/blog"));
        assertNamed("SITE_NAME", Map.of("SITE_NAME", "   "));
        assertNamed("MAX_FORM_BYTES", Map.of("MAX_FORM_BYTES", "4MB"));
        assertNamed("MAX_FORM_BYTES", Map.of("MAX_FORM_BYTES", "1024"));
        assertNamed("MAX_FORM_BYTES", Map.of("MAX_FORM_BYTES", "99999999999"));
        assertNamed("TRUSTED_PROXIES", Map.of("TRUSTED_PROXIES", "proxy.internal"));
        assertNamed("TRUSTED_PROXIES", Map.of("TRUSTED_PROXIES", "10.0.0.0/33"));
        assertNamed("METRICS_PORT", Map.of("METRICS_PORT", "metrics"));
        assertNamed("METRICS_PORT", Map.of("METRICS_PORT", "-1"));
        assertNamed("METRICS_PORT", Map.of("METRICS_PORT", "9100", "PORT", "9100"));
        assertNamed("METRICS_BIND", Map.of("METRICS_PORT", "9100", "METRICS_BIND", "metrics.internal"));
        assertNamed("METRICS_BIND", Map.of("METRICS_BIND", "0.0.0.0"));
        assertNamed("API_RATE_LIMIT", Map.of("API_RATE_LIMIT", "0"));
        assertNamed("API_RATE_LIMIT", Map.of("API_RATE_LIMIT", "lots"));
        assertNamed("API_CORS_ORIGINS", Map.of("API_CORS_ORIGINS", "https://app.example.com/path"));
        assertNamed("API_CORS_ORIGINS", Map.of("API_CORS_ORIGINS", "app.example.com"));
    }

    @Test
    void theApiAllowsSixHundredRequestsAMinuteAndNoOtherOriginByDefault() {
        assertEquals(600, Config.fromEnvironment(Map.of()).api().requestsPerMinute());
        assertTrue(Config.fromEnvironment(Map.of()).api().corsOrigins().isEmpty());
        assertEquals(java.util.Set.of("https://a.example", "http://localhost:3000"), Config.fromEnvironment(
                Map.of("API_CORS_ORIGINS", " https://A.Example:443, http://localhost:3000 ")).api().corsOrigins());
    }

    @Test
    void metricsAreOffUnlessAPortIsGivenAndThenOnLoopback() {
        assertFalse(Config.fromEnvironment(Map.of()).metrics().isOn());
        assertFalse(Config.fromEnvironment(Map.of("METRICS_PORT", "off")).metrics().isOn());
        MetricsEndpoint on = Config.fromEnvironment(Map.of("METRICS_PORT", " 9100 ")).metrics();
        assertEquals(9100, on.port());
        assertTrue(on.bindAddress().isLoopbackAddress());
        assertEquals("0.0.0.0", Config.fromEnvironment(Map.of("METRICS_PORT", "9100", "METRICS_BIND", "0.0.0.0"))
                .metrics().bindAddress().getHostAddress());
    }

    @Test
    void theFormSizeLimitIsFourMegabytesUnlessGiven() {
        assertEquals(4 * 1024 * 1024, Config.fromEnvironment(Map.of()).maxFormBytes());
        assertEquals(2_000_000, Config.fromEnvironment(Map.of("MAX_FORM_BYTES", " 2000000 ")).maxFormBytes());
        assertEquals(Config.DEFAULT_MAX_FORM_BYTES, new Config(1, "jdbc:h2:mem:x", "http://x", "X").maxFormBytes());
    }

    @Test
    void noProxyIsTrustedUnlessGiven() {
        assertEquals(TrustedProxies.NONE, Config.fromEnvironment(Map.of()).trustedProxies());
        assertEquals(TrustedProxies.NONE, new Config(1, "jdbc:h2:mem:x", "http://x", "X").trustedProxies());
        assertEquals(TrustedProxies.parse("127.0.0.1,::1"),
                Config.fromEnvironment(Map.of("TRUSTED_PROXIES", " 127.0.0.1, ::1 ")).trustedProxies());
    }

    @Test
    void aWrongDatabaseUrlIsShownWithoutItsPassword() {
        Config.ConfigException e = assertThrows(Config.ConfigException.class, () -> Config.fromEnvironment(
                Map.of("DATABASE_URL", "postgres://hp:s3cret@db/hp?password=s3cret")));

        assertTrue(e.getMessage().contains("postgres://hp:***@db/hp?password=***"), e.getMessage());
    }

    private static void assertNamed(String variable, Map<String, String> env) {
        Config.ConfigException e = assertThrows(Config.ConfigException.class, () -> Config.fromEnvironment(env));
        assertTrue(e.getMessage().startsWith(variable + " "), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), "one line: " + e.getMessage());
    }

    /** Two sites' processes started in one directory never share page files; instances of one site do. */
    @Test
    void pageFilesLieBesideTheH2FileOrInADirectoryOfTheirDatabaseUnlessPageFilesNamesOne() {
        String siteOne = "jdbc:postgresql://db:5432/one?user=a&password=secret";
        String siteTwo = "jdbc:postgresql://db:5432/two?user=a&password=secret";

        assertEquals(java.nio.file.Path.of("/srv/hp/healthpress-pages"), Config.fromEnvironment(Map.of(
                "DATABASE_URL", "jdbc:h2:file:/srv/hp/healthpress;AUTO_SERVER=TRUE")).pageFiles());
        assertEquals(Config.fromEnvironment(Map.of("DATABASE_URL", siteOne)).pageFiles(),
                Config.fromEnvironment(Map.of("DATABASE_URL", siteOne.replace("secret", "other"))).pageFiles());
        assertTrue(!Config.fromEnvironment(Map.of("DATABASE_URL", siteOne)).pageFiles().equals(
                Config.fromEnvironment(Map.of("DATABASE_URL", siteTwo)).pageFiles()));
        assertEquals(java.nio.file.Path.of("/var/cache/hp"), Config.fromEnvironment(Map.of("DATABASE_URL", siteOne,
                "PAGE_FILES", " /var/cache/hp ")).pageFiles());
    }
}
