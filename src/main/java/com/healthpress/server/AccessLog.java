package com.healthpress.server;

import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per request: the client's address ({@link ClientAddresses}), method, path, status and duration. Query
 * strings, cookies and headers are never logged, and the one-time setup token in a setup path is masked, so no
 * secret reaches the log. The page store's background renders are not clients' requests and get no line (their
 * progress is logged by the renderer).
 */
public final class AccessLog implements PolicyStep {

    private static final Logger LOG = LoggerFactory.getLogger("access");
    private static final String SETUP = "/admin/setup/";
    private static final Pattern SETUP_TOKEN = Pattern.compile("^/admin/setup/[^/]+");

    private final ClientAddresses clients;
    private final LocalRenders backgroundRenders;

    public AccessLog(ClientAddresses clients, LocalRenders backgroundRenders) {
        this.clients = clients;
        this.backgroundRenders = backgroundRenders;
    }

    @Override
    public void after(Exchange exchange, float milliseconds) {
        if (LOG.isInfoEnabled() && !backgroundRenders.sent(exchange)) {
            // One string, not a pattern with five arguments: the logger then neither boxes nor formats them, on the
            // thread that answered a cached page in less time than that took.
            LOG.info(new StringBuilder(96).append(clients.of(exchange)).append(' ').append(exchange.method())
                    .append(' ').append(safePath(exchange.path())).append(' ').append(exchange.status()).append(' ')
                    .append(Math.round(milliseconds * 10) / 10.0).append("ms").toString());
        }
    }

    static String safePath(String path) {
        String masked = path.startsWith(SETUP) ? SETUP_TOKEN.matcher(path).replaceFirst(SETUP + "…") : path;
        if (masked.length() <= 300 && !hasControlCharacter(masked)) {
            return masked;
        }
        StringBuilder safe = new StringBuilder(Math.min(masked.length(), 300));
        for (int i = 0; i < masked.length() && i < 300; i++) {
            char c = masked.charAt(i);
            safe.append(Character.isISOControl(c) ? '?' : c);
        }
        return safe.toString();
    }

    private static boolean hasControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isISOControl(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
