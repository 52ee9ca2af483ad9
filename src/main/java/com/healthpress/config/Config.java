package com.healthpress.config;

import com.healthpress.storage.Database;
import com.healthpress.storage.DatabaseUrls;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** The typed configuration of one Healthpress process, read once from the environment. */
public record Config(int port, String databaseUrl, String baseUrl, String siteName, boolean pageCache,
                     int pageCacheMegabytes, int maxFormBytes, TrustedProxies trustedProxies, boolean renderAhead,
                     Path pageFiles, MetricsEndpoint metrics, ApiSettings api,
                     OutboxSettings outbox) {

    public static final int DEFAULT_PORT = 7070;
    public static final String DEFAULT_DATABASE_URL = "jdbc:h2:file:./data/healthpress;AUTO_SERVER=TRUE";
    public static final String DEFAULT_SITE_NAME = "Healthpress";
    /** The memory cache's size by default: an eighth of the heap, at most 64 MB (see {@link #defaultPageCacheMegabytes}). */
    public static final int DEFAULT_PAGE_CACHE_MEGABYTES = defaultPageCacheMegabytes(Runtime.getRuntime().maxMemory());
    private static final int MOST_PAGE_CACHE_MEGABYTES_BY_DEFAULT = 64;
    /** The page store's files are kept beside an H2 database file under this name ("healthpress-pages"). */
    private static final String PAGE_FILES_NAME = "pages";
    /**
     * Room for the editor's form with its body at the validator's limit in any script (up to 9 bytes a character
     * when percent-encoded), so that an editor sees the field's error rather than a bare refusal.
     */
    public static final int DEFAULT_MAX_FORM_BYTES = 4 * 1024 * 1024;
    private static final int MIN_MAX_FORM_BYTES = 64 * 1024;
    private static final int MAX_MAX_FORM_BYTES = 256 * 1024 * 1024;

    public Config {
        baseUrl = stripTrailingSlash(baseUrl);
    }

    /** The defaults for everything but the four basic settings, with the page cache on. */
    public Config(int port, String databaseUrl, String baseUrl, String siteName) {
        this(port, databaseUrl, baseUrl, siteName, true, DEFAULT_PAGE_CACHE_MEGABYTES, DEFAULT_MAX_FORM_BYTES,
                TrustedProxies.NONE, true, Database.besideDatabase(databaseUrl, PAGE_FILES_NAME), MetricsEndpoint.OFF,
                ApiSettings.DEFAULTS, OutboxSettings.DEFAULTS);
    }

    /**
     * Reads PORT, DATABASE_URL, BASE_URL, SITE_NAME, PAGE_CACHE (on or off), PAGE_CACHE_MB, MAX_FORM_BYTES,
     * TRUSTED_PROXIES, RENDER_AHEAD (on or off), PAGE_FILES, METRICS_PORT, METRICS_BIND, API_RATE_LIMIT,
     * API_CORS_ORIGINS, WEBHOOK_PRIVATE_TARGETS, INDEXNOW_KEY and INDEXNOW_ENDPOINT; a wrong value throws a
     * {@link ConfigException} naming it.
     */
    public static Config fromEnvironment(Map<String, String> env) {
        int port = parsePort(env.get("PORT"));
        String databaseUrl = parseDatabaseUrl(env.get("DATABASE_URL"));
        String baseUrl = parseBaseUrl(env.get("BASE_URL"), port);
        String siteName = parseSiteName(env.get("SITE_NAME"));
        return new Config(port, databaseUrl, baseUrl, siteName, onOrOff("PAGE_CACHE", env.get("PAGE_CACHE")),
                parsePageCacheMegabytes(env.get("PAGE_CACHE_MB")), parseMaxFormBytes(env.get("MAX_FORM_BYTES")),
                parseTrustedProxies(env.get("TRUSTED_PROXIES")), onOrOff("RENDER_AHEAD", env.get("RENDER_AHEAD")),
                isBlank(env.get("PAGE_FILES")) ? Database.besideDatabase(databaseUrl, PAGE_FILES_NAME)
                        : Path.of(env.get("PAGE_FILES").trim()),
                parseMetricsEndpoint(env.get("METRICS_PORT"), env.get("METRICS_BIND"), port),
                new ApiSettings(parseApiRateLimit(env.get("API_RATE_LIMIT")),
                        parseCorsOrigins(env.get("API_CORS_ORIGINS"))),
                new OutboxSettings(allowOrRefuse("WEBHOOK_PRIVATE_TARGETS", env.get("WEBHOOK_PRIVATE_TARGETS")),
                        parseIndexNowKey(env.get("INDEXNOW_KEY")), parseIndexNowEndpoint(env.get("INDEXNOW_ENDPOINT"))));
    }

    public boolean isHttps() {
        return baseUrl.startsWith("https://");
    }

    public Config withPort(int newPort) {
        return new Config(newPort, databaseUrl, baseUrl, siteName, pageCache, pageCacheMegabytes, maxFormBytes,
                trustedProxies, renderAhead, pageFiles, metrics, api, outbox);
    }

    public Config withMetrics(MetricsEndpoint newMetrics) {
        return new Config(port, databaseUrl, baseUrl, siteName, pageCache, pageCacheMegabytes, maxFormBytes,
                trustedProxies, renderAhead, pageFiles, newMetrics, api, outbox);
    }

    public Config withApi(ApiSettings newApi) {
        return new Config(port, databaseUrl, baseUrl, siteName, pageCache, pageCacheMegabytes, maxFormBytes,
                trustedProxies, renderAhead, pageFiles, metrics, newApi, outbox);
    }

    /** Whether this instance renders stale stored pages in the background (it needs the page cache). */
    public boolean rendersAhead() {
        return pageCache && renderAhead;
    }

    public long pageCacheBytes() {
        return pageCacheMegabytes * 1024L * 1024L;
    }

    private static int parsePort(String value) {
        if (isBlank(value)) {
            return DEFAULT_PORT;
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new ConfigException("PORT must be a number from 0 to 65535, got \"" + value + "\"");
    }

    /**
     * The management port: off unless METRICS_PORT is set (a number, or "off"); on METRICS_BIND's address, loopback
     * by default. It may not be the public port: metrics would then be served to everyone.
     */
    private static MetricsEndpoint parseMetricsEndpoint(String portValue, String bindValue, int publicPort) {
        if (isBlank(portValue) || portValue.trim().equalsIgnoreCase("off")) {
            if (!isBlank(bindValue)) {
                throw new ConfigException("METRICS_BIND is set but METRICS_PORT is not: set the port to serve metrics");
            }
            return MetricsEndpoint.OFF;
        }
        int port;
        try {
            port = Integer.parseInt(portValue.trim());
        } catch (NumberFormatException e) {
            port = -1;
        }
        if (port < 0 || port > 65535) {
            throw new ConfigException("METRICS_PORT must be a number from 0 to 65535 or off, got \"" + portValue + "\"");
        }
        if (port != 0 && port == publicPort) {
            throw new ConfigException("METRICS_PORT must differ from PORT (" + publicPort + "): metrics are never "
                    + "served on the public port");
        }
        if (isBlank(bindValue)) {
            return new MetricsEndpoint(InetAddress.getLoopbackAddress(), port);
        }
        return new MetricsEndpoint(IpAddresses.parse(bindValue).orElseThrow(() -> new ConfigException(
                "METRICS_BIND must be an IP address such as 127.0.0.1, 0.0.0.0 or ::1, got \"" + bindValue + "\"")),
                port);
    }

    /** Refused unless set to allow. */
    private static boolean allowOrRefuse(String name, String value) {
        if (isBlank(value) || value.trim().equalsIgnoreCase("refuse")) {
            return false;
        }
        if (value.trim().equalsIgnoreCase("allow")) {
            return true;
        }
        throw new ConfigException(name + " must be allow or refuse, got \"" + value + "\"");
    }

    /** IndexNow's rules for a key: 8 to 128 letters, digits or hyphens. */
    private static String parseIndexNowKey(String value) {
        if (isBlank(value)) {
            return null;
        }
        String key = value.trim();
        if (!key.matches("[A-Za-z0-9-]{8,128}")) {
            throw new ConfigException("INDEXNOW_KEY must be 8 to 128 letters, digits or hyphens, got \"" + value
                    + "\"");
        }
        return key;
    }

    private static URI parseIndexNowEndpoint(String value) {
        if (isBlank(value)) {
            return OutboxSettings.DEFAULT_INDEXNOW_ENDPOINT;
        }
        try {
            URI uri = new URI(value.trim());
            if (("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null) {
                return uri;
            }
        } catch (java.net.URISyntaxException ignored) {
            // reported below
        }
        throw new ConfigException("INDEXNOW_ENDPOINT must be an http(s) URL such as "
                + OutboxSettings.DEFAULT_INDEXNOW_ENDPOINT + ", got \"" + value + "\"");
    }

    private static int parseApiRateLimit(String value) {
        if (isBlank(value)) {
            return ApiSettings.DEFAULT_REQUESTS_PER_MINUTE;
        }
        try {
            int perMinute = Integer.parseInt(value.trim());
            if (perMinute >= 1 && perMinute <= 1_000_000) {
                return perMinute;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new ConfigException("API_RATE_LIMIT must be a number of requests a minute from 1 to 1000000, got \""
                + value + "\"");
    }

    /** Origins (scheme, host and port if any, no path) separated by commas, or "*" for any origin. */
    private static Set<String> parseCorsOrigins(String value) {
        if (isBlank(value)) {
            return Set.of();
        }
        Set<String> origins = new LinkedHashSet<>();
        for (String part : value.split(",")) {
            String origin = part.strip();
            if (origin.isEmpty()) {
                continue;
            }
            if (!origin.equals("*") && !isOrigin(origin)) {
                throw new ConfigException("API_CORS_ORIGINS must be origins such as https://app.example.com "
                        + "separated by commas, or *, got \"" + origin + "\"");
            }
            origins.add(origin.equals("*") ? origin : asBrowsersSendIt(URI.create(origin)));
        }
        return origins;
    }

    /** An origin as a browser's Origin header has it: lower case, without the scheme's own port. */
    private static String asBrowsersSendIt(URI origin) {
        String scheme = origin.getScheme().toLowerCase(java.util.Locale.ROOT);
        int defaultPort = scheme.equals("https") ? 443 : 80;
        String port = origin.getPort() == -1 || origin.getPort() == defaultPort ? "" : ":" + origin.getPort();
        return scheme + "://" + origin.getHost().toLowerCase(java.util.Locale.ROOT) + port;
    }

    private static boolean isOrigin(String text) {
        try {
            URI uri = new URI(text);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
                    && (uri.getRawPath() == null || uri.getRawPath().isEmpty()) && uri.getRawQuery() == null
                    && uri.getRawFragment() == null && uri.getUserInfo() == null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static String parseDatabaseUrl(String value) {
        if (isBlank(value)) {
            return DEFAULT_DATABASE_URL;
        }
        String url = value.trim();
        if (!url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:postgresql:")) {
            throw new ConfigException("DATABASE_URL must be a JDBC URL starting with jdbc:h2: or jdbc:postgresql:, got \""
                    + DatabaseUrls.redacted(value) + "\"");
        }
        return url;
    }

    private static String parseBaseUrl(String value, int port) {
        if (isBlank(value)) {
            return "http://localhost:" + port;
        }
        try {
            URI uri = new URI(value.trim());
            boolean httpScheme = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
            boolean originOnly = uri.getRawPath() == null || uri.getRawPath().isEmpty() || uri.getRawPath().equals("/");
            if (httpScheme && uri.getHost() != null && originOnly && uri.getRawQuery() == null && uri.getRawFragment() == null) {
                return value.trim();
            }
        } catch (java.net.URISyntaxException ignored) {
            // reported below
        }
        throw new ConfigException("BASE_URL must be an http(s) origin such as https://health.example.com, got \""
                + value + "\"");
    }

    private static String parseSiteName(String value) {
        if (value == null) {
            return DEFAULT_SITE_NAME;
        }
        String name = value.trim();
        if (name.isEmpty() || name.length() > 80) {
            throw new ConfigException("SITE_NAME must be 1 to 80 characters, got \"" + value + "\"");
        }
        return name;
    }

    /** A switch that is on unless set off. */
    private static boolean onOrOff(String name, String value) {
        if (isBlank(value) || value.trim().equalsIgnoreCase("on")) {
            return true;
        }
        if (value.trim().equalsIgnoreCase("off")) {
            return false;
        }
        throw new ConfigException(name + " must be on or off, got \"" + value + "\"");
    }

    /**
     * An eighth of the heap, at most 64 MB, at least 1: the cache's pages live in the old generation beside the page
     * store's index (some 35-40 MB at 100,000 pages). With a quarter (40 MB of a 160 MB heap, which the crawl
     * benchmark's warm-up renders may fill) a full collection (134 ms) fell inside crawl B in one run. A page the
     * memory cache lacks is served from the store's files, nearly as fast.
     */
    static int defaultPageCacheMegabytes(long maxHeapBytes) {
        long eighth = maxHeapBytes / 8 / (1024 * 1024);
        return (int) Math.max(1, Math.min(MOST_PAGE_CACHE_MEGABYTES_BY_DEFAULT, eighth));
    }

    private static int parsePageCacheMegabytes(String value) {
        if (isBlank(value)) {
            return DEFAULT_PAGE_CACHE_MEGABYTES;
        }
        try {
            int megabytes = Integer.parseInt(value.trim());
            if (megabytes >= 1 && megabytes <= 16_384) {
                return megabytes;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new ConfigException("PAGE_CACHE_MB must be a number of megabytes from 1 to 16384, got \"" + value + "\"");
    }

    /** The largest request body read other than an upload (uploads have their own limit); larger ones get 413. */
    private static int parseMaxFormBytes(String value) {
        if (isBlank(value)) {
            return DEFAULT_MAX_FORM_BYTES;
        }
        try {
            int bytes = Integer.parseInt(value.trim());
            if (bytes >= MIN_MAX_FORM_BYTES && bytes <= MAX_MAX_FORM_BYTES) {
                return bytes;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new ConfigException("MAX_FORM_BYTES must be a number of bytes from " + MIN_MAX_FORM_BYTES + " to "
                + MAX_MAX_FORM_BYTES + ", got \"" + value + "\"");
    }

    /** Addresses and CIDR ranges of the proxies whose X-Forwarded-For is believed; none by default. */
    private static TrustedProxies parseTrustedProxies(String value) {
        if (isBlank(value)) {
            return TrustedProxies.NONE;
        }
        try {
            return TrustedProxies.parse(value);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("TRUSTED_PROXIES must be IP addresses or CIDR ranges separated by commas, such "
                    + "as 127.0.0.1,10.0.0.0/8,::1, got \"" + value + "\" (" + e.getMessage() + ")");
        }
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /** A configuration value that cannot be used; its message is the one line shown at start-up. */
    public static final class ConfigException extends RuntimeException {
        public ConfigException(String message) {
            super(message);
        }
    }
}
