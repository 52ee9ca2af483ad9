package com.healthpress.redirects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The two addresses of a redirect: how they are normalised and which are refused. */
class RedirectAddressesTest {

    private final RedirectAddresses addresses = new RedirectAddresses("https://health.example.org");

    @Test
    void everySpellingOfOnePathIsOneAddress() throws RedirectRefused {
        assertEquals("/old-page", addresses.from("/old-page"));
        assertEquals("/old-page", addresses.from("  /old-page/ "));
        assertEquals("/old-page", addresses.from("/old-%70age//"));
        assertEquals("/café", addresses.from("/caf%C3%A9"));
        assertEquals("/café", addresses.from("/café"));
        assertEquals("/my page", addresses.from("/my%20page"));
    }

    @Test
    void aFullAddressIsKeptAsItsPathWhateverTheHost() throws RedirectRefused {
        assertEquals("/2019/05/old.html", addresses.from("https://old-cms.example.com/2019/05/old.html"));
        assertEquals("/old", addresses.from("HTTP://health.example.org/old/"));
    }

    @Test
    void aQueryIsPartOfTheAddressWithItsParametersSorted() throws RedirectRefused {
        assertEquals("/index.php?id=12&lang=en", addresses.from("/index.php?lang=en&id=12"));
        assertEquals("/index.php?id=12", addresses.from("/index.php/?id=12&"));
        assertEquals("/index.php", addresses.from("/index.php?"));
    }

    @Test
    void addressesOfTheSiteItselfAreRefused() {
        for (String reserved : new String[] {"/admin", "/admin/articles", "/administration", "/static/site.css",
                "/static", "/images/1-abc.webp", "/healthz", "/readyz", "/api", "/api/v1/articles"}) {
            RedirectRefused refused = assertThrows(RedirectRefused.class, () -> addresses.from(reserved), reserved);
            assertEquals("from", refused.field());
            assertTrue(refused.getMessage().contains("belongs to the site itself"), refused.getMessage());
        }
    }

    @Test
    void pathsThatMerelyBeginLikeReservedOnesAreNot() throws RedirectRefused {
        assertEquals("/apitherapy", addresses.from("/apitherapy"));
        assertEquals("/imagesof-health", addresses.from("/imagesof-health"));
        assertEquals("/statics", addresses.from("/statics"));
    }

    @Test
    void badFromAddressesAreRefusedWithAReason() {
        assertRefused("from", "", "Give the address");
        assertRefused("from", "old-page", "start it with one /");
        assertRefused("from", "//evil.example/x", "start it with one /");
        assertRefused("from", "/", "home page");
        assertRefused("from", "/page#section", "part from #");
        assertRefused("from", "/bad%zzescape", "not a valid path");
        assertRefused("from", "/half%C3", "not a valid path");
        assertRefused("from", "/line%0Abreak", "not a valid path");
        assertRefused("from", "/a/../admin", "not a valid path");
        assertRefused("from", "/q?a=1 2", "query string");
        assertRefused("from", "/" + "x".repeat(RedirectAddresses.FROM_MAX), "500 characters");
    }

    @Test
    void aTargetIsASitePathWrittenForALocationHeaderOrAnAbsoluteUrl() throws RedirectRefused {
        assertEquals("/articles/new", addresses.to("/articles/new"));
        assertEquals("/caf%C3%A9?x=%C3%A9#top%20part", addresses.to("/café?x=é#top part"));
        assertEquals("/articles/new?ref=old", addresses.to("https://health.example.org/articles/new?ref=old"));
        assertEquals("https://other.example.com/page?a=1", addresses.to("https://other.example.com/page?a=1"));
        assertEquals("https://other.example.com/%C3%A9", addresses.to("https://other.example.com/é"));
        assertEquals("http://health.example.org:8443/x", addresses.to("http://health.example.org:8443/x"));
    }

    @Test
    void badTargetsAreRefusedWithAReason() {
        assertRefused("to", " ", "Give the address readers go to");
        assertRefused("to", "articles/new", "neither a path");
        assertRefused("to", "//evil.example/x", "neither a path");
        assertRefused("to", "javascript:alert(1)", "neither a path");
        assertRefused("to", "ftp://files.example.com/x", "neither a path");
        assertRefused("to", "https://bad host/x", "not a valid address");
        assertRefused("to", "https:///nohost", "not a valid address");
        assertRefused("to", "/bad%zz", "not a valid path");
    }

    @Test
    void aRequestPathIsLookedUpDecodedAndWithoutTrailingSlashes() {
        String plain = "/old-page";
        assertTrue(plain == RedirectAddresses.pathKey(plain), "a plain path is its own key, nothing made");
        assertEquals("/old-page", RedirectAddresses.pathKey("/old-page/"));
        assertEquals("/café", RedirectAddresses.pathKey("/caf%c3%a9"));
        assertEquals("/", RedirectAddresses.pathKey("/"));
        assertNull(RedirectAddresses.pathKey("/%0d%0aSet-Cookie"));
        assertNull(RedirectAddresses.pathKey("/%zz"));
        assertNull(RedirectAddresses.pathKey("*"));
    }

    private void assertRefused(String field, String typed, String reason) {
        RedirectRefused refused = assertThrows(RedirectRefused.class,
                () -> {
                    if (field.equals("from")) {
                        addresses.from(typed);
                    } else {
                        addresses.to(typed);
                    }
                }, typed);
        assertEquals(field, refused.field(), typed);
        if (reason != null) {
            assertTrue(refused.getMessage().contains(reason), typed + ": " + refused.getMessage());
        }
    }
}
