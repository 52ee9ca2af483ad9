package com.healthpress.config;

import java.util.Set;

/**
 * The Content API's settings: requests a key may make per minute (at each instance), and the origins whose web
 * pages may read it across origins (CORS); none by default.
 */
public record ApiSettings(int requestsPerMinute, Set<String> corsOrigins) {

    public static final int DEFAULT_REQUESTS_PER_MINUTE = 600;
    public static final ApiSettings DEFAULTS = new ApiSettings(DEFAULT_REQUESTS_PER_MINUTE, Set.of());

    public ApiSettings {
        corsOrigins = Set.copyOf(corsOrigins);
    }
}
