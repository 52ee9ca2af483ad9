package com.healthpress;

import java.net.URI;
import java.util.Map;

/** The typed configuration of one Healthpress process, read once from the environment. */
public record Config(int port, String databaseUrl, String baseUrl, String siteName) {

    public static final int DEFAULT_PORT = 7070;
    public static final String DEFAULT_DATABASE_URL = "jdbc:h2:file:./data/healthpress;AUTO_SERVER=TRUE";
    public static final String DEFAULT_SITE_NAME = "Healthpress";

    public Config {
        baseUrl = stripTrailingSlash(baseUrl);
    }

    /** Reads PORT, DATABASE_URL, BASE_URL and SITE_NAME; a wrong value throws a {@link ConfigException} naming it. */
    public static Config fromEnvironment(Map<String, String> env) {
        int port = parsePort(env.get("PORT"));
        String databaseUrl = parseDatabaseUrl(env.get("DATABASE_URL"));
        String baseUrl = parseBaseUrl(env.get("BASE_URL"), port);
        String siteName = parseSiteName(env.get("SITE_NAME"));
        return new Config(port, databaseUrl, baseUrl, siteName);
    }

    public boolean isHttps() {
        return baseUrl.startsWith("https://");
    }

    public Config withPort(int newPort) {
        return new Config(newPort, databaseUrl, baseUrl, siteName);
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

    private static String parseDatabaseUrl(String value) {
        if (isBlank(value)) {
            return DEFAULT_DATABASE_URL;
        }
        String url = value.trim();
        if (!url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:postgresql:")) {
            throw new ConfigException("DATABASE_URL must be a JDBC URL starting with jdbc:h2: or jdbc:postgresql:, got \""
                    + value + "\"");
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
