package com.healthpress.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RoutePatternsTest {

    private final RoutePatterns routes = new RoutePatterns(List.of("/", "/articles/{slug}", "/people/{slug}/reviewed",
            "/people/{slug}", "/static/<path>", "/admin/articles/new", "/admin/articles/{id}", "/{key}.txt"));

    @Test
    void aPathIsNamedByTheRouteItMatches() {
        assertEquals("/", routes.routeOf("/"));
        assertEquals("/articles/{slug}", routes.routeOf("/articles/causes-of-rosacea"));
        assertEquals("/people/{slug}/reviewed", routes.routeOf("/people/ana-ruiz/reviewed"));
        assertEquals("/people/{slug}", routes.routeOf("/people/ana-ruiz"));
        assertEquals("/{key}.txt", routes.routeOf("/0a1b2c.txt"));
    }

    @Test
    void aParameterIsOneSegmentAndAnAngledOneAnyText() {
        assertEquals(RoutePatterns.UNMATCHED, routes.routeOf("/articles/a/b"));
        assertEquals("/static/<path>", routes.routeOf("/static/css/site.4f2a.css"));
        assertEquals(RoutePatterns.UNMATCHED, routes.routeOf("/articles/"));
    }

    @Test
    void aTrailingSlashIsIgnoredAsJavalinIgnoresIt() {
        assertEquals("/articles/{slug}", routes.routeOf("/articles/sleep/"));
    }

    @Test
    void theFirstMatchingRouteWinsAsInJavalin() {
        assertEquals("/admin/articles/new", routes.routeOf("/admin/articles/new"));
        assertEquals("/admin/articles/{id}", routes.routeOf("/admin/articles/42"));
    }

    @Test
    void literalsAreNotPatterns() {
        RoutePatterns dotted = new RoutePatterns(List.of("/feed.xml"));
        assertEquals(RoutePatterns.UNMATCHED, dotted.routeOf("/feedXxml"));
        assertEquals("/feed.xml", dotted.routeOf("/feed.xml"));
    }

    @Test
    void unknownPathsAreOneRoute() {
        assertEquals(RoutePatterns.UNMATCHED, routes.routeOf("/wp-admin/install.php"));
        assertEquals(routes.count(), routes.indexOf("/wp-admin/install.php"));
    }
}
