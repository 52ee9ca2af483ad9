package com.healthpress.seo.web;

import com.healthpress.site.Site;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RobotsTxtTest {

    @Test
    void allowsAllButAdminAndPointsToTheAbsoluteSitemap() {
        String robots = RobotsTxt.render(new Site("Wellbeing Weekly", "https://health.example.org"));

        assertEquals(List.of("User-agent: *", "Disallow: /admin", "", "Sitemap: https://health.example.org/sitemap.xml"),
                robots.lines().toList());
    }
}
