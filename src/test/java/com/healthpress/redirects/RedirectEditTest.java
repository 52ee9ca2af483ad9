package com.healthpress.redirects;

import static com.healthpress.redirects.RedirectStatus.FOUND;
import static com.healthpress.redirects.RedirectStatus.GONE;
import static com.healthpress.redirects.RedirectStatus.MOVED_PERMANENTLY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The table's rules: chains collapse to one hop, loops are refused by name, gone addresses end a chain. */
class RedirectEditTest {

    @Test
    void aRedirectToAnAddressThatRedirectsIsStoredWithTheChainsEnd() throws RedirectRefused {
        RedirectEdit edit = edit(moved("/b", "/c"));

        Redirect stored = edit.put(moved("/a", "/b"), null);

        assertEquals("/c", stored.to());
        assertEquals(Map.of("/a", "/c", "/b", "/c"), targets(edit));
    }

    @Test
    void addingTheNextHopMovesEveryRedirectThatLedToIt() throws RedirectRefused {
        RedirectEdit edit = edit(moved("/a", "/b"), moved("/x", "/b?utm=1"), moved("/y", "/b#part"));

        edit.put(moved("/b", "/c"), null);

        assertEquals(Map.of("/a", "/c", "/b", "/c", "/x", "/c?utm=1", "/y", "/c#part"), targets(edit));
        assertEquals(3, edit.changes().updated().size());
        assertEquals(1, edit.changes().added().size());
    }

    @Test
    void aChainKeepsEachRedirectsOwnStatus() throws RedirectRefused {
        RedirectEdit edit = edit(new Redirect("/b", "/c", MOVED_PERMANENTLY));

        Redirect stored = edit.put(new Redirect("/a", "/b", FOUND), null);

        assertEquals(new Redirect("/a", "/c", FOUND), stored);
    }

    @Test
    void aRedirectBackToItselfIsALoopNamedByItsPaths() {
        RedirectEdit edit = edit(moved("/a", "/b"), moved("/c", "/d"));

        RedirectRefused loop = assertThrows(RedirectRefused.class, () -> edit.put(moved("/b", "/a"), null));

        assertEquals("to", loop.field());
        assertTrue(loop.getMessage().contains("/b → /a → /b"), loop.getMessage());
        assertEquals(Map.of("/a", "/b", "/c", "/d"), targets(edit), "nothing changed");
    }

    @Test
    void aLoopThroughSeveralRedirectsAndOneToItselfAreRefused() throws RedirectRefused {
        RedirectEdit edit = edit(moved("/a", "/b"));
        edit.put(moved("/b", "/c"), null);

        RedirectRefused loop = assertThrows(RedirectRefused.class, () -> edit.put(moved("/c", "/a/"), null));
        assertTrue(loop.getMessage().contains("/c → /a → /c"), loop.getMessage());
        RedirectRefused self = assertThrows(RedirectRefused.class, () -> edit.put(moved("/s", "/s?x=1"), null));
        assertTrue(self.getMessage().contains("/s → /s"), self.getMessage());
    }

    @Test
    void aLoopThroughAnArticlesOldAddressIsRefused() {
        RedirectEdit edit = new RedirectEdit(List.of(), Map.of("/articles/old", "/articles/new"));

        RedirectRefused loop = assertThrows(RedirectRefused.class,
                () -> edit.put(moved("/articles/new", "/articles/old"), null));

        assertTrue(loop.getMessage().contains("/articles/new → /articles/old → /articles/new"), loop.getMessage());
    }

    @Test
    void aRedirectToAnOldAddressLeadsToTheCurrentOne() throws RedirectRefused {
        RedirectEdit edit = new RedirectEdit(List.of(), Map.of("/articles/old", "/articles/new"));

        assertEquals("/articles/new", edit.put(moved("/legacy", "/articles/old"), null).to());
    }

    @Test
    void aGoneAddressEndsAChainAndAGoneRedirectMovesNothing() throws RedirectRefused {
        RedirectEdit edit = edit(new Redirect("/b", null, GONE), moved("/x", "/y"));

        assertEquals("/b", edit.put(moved("/a", "/b"), null).to());
        edit.put(new Redirect("/y", null, GONE), null);
        assertEquals("/y", targets(edit).get("/x"));
        edit.put(moved("/y", "/z"), null);
        assertEquals("/z", targets(edit).get("/x"), "no longer gone: the redirects to it move on");
    }

    @Test
    void aRedirectForOneQueryCatchesOnlyThatQuery() throws RedirectRefused {
        RedirectEdit edit = edit(moved("/index.php?id=1", "/articles/one"));

        assertEquals("/articles/one", edit.put(moved("/a", "/index.php?id=1"), null).to());
        assertEquals("/index.php?id=2", edit.put(moved("/b", "/index.php?id=2"), null).to());
    }

    @Test
    void externalTargetsEndAChainAndKeepTheQueryRule() throws RedirectRefused {
        RedirectEdit edit = edit(moved("/b", "https://other.example.com/x"));

        assertEquals("https://other.example.com/x?q=1", edit.put(moved("/a", "/b?q=1"), null).to());
    }

    @Test
    void movingARedirectToAnotherAddressRemovesTheOldOne() throws RedirectRefused {
        RedirectEdit edit = edit(moved("/a", "/b"));

        edit.put(moved("/a2", "/b"), "/a");

        assertEquals(Map.of("/a2", "/b"), targets(edit));
        assertEquals(List.of("/a"), edit.changes().removed());
    }

    @Test
    void theLocationKeepsTheRequestsQueryWhenTheTargetHasNone() {
        assertEquals("/new?utm_source=x", moved("/old", "/new").locationFor("utm_source=x"));
        assertEquals("/new?lang=en", moved("/old", "/new?lang=en").locationFor("utm_source=x"));
        assertEquals("/new?a=1#top", moved("/old", "/new#top").locationFor("a=1"));
        assertEquals("/new", moved("/old?id=1", "/new").locationFor("id=1"));
        assertEquals("/new", moved("/old", "/new").locationFor(null));
    }

    @Test
    void aTableFindsTheRedirectForOneQueryBeforeThePaths() {
        RedirectTable table = RedirectTable.of(List.of(moved("/index.php?id=1", "/one"), moved("/index.php", "/home"),
                moved("/café", "/coffee")));

        assertEquals("/one", table.find("/index.php", "id=1&").to());
        assertEquals("/home", table.find("/index.php/", "id=2").to());
        assertEquals("/home", table.find("/index.php", null).to());
        assertEquals("/coffee", table.find("/caf%C3%A9", null).to());
        assertEquals(null, table.find("/other", null));
    }

    private static Redirect moved(String from, String to) {
        return new Redirect(from, to, MOVED_PERMANENTLY);
    }

    private static RedirectEdit edit(Redirect... redirects) {
        return new RedirectEdit(List.of(redirects), Map.of());
    }

    private static Map<String, String> targets(RedirectEdit edit) {
        return edit.table().values().stream()
                .collect(Collectors.toMap(Redirect::from, r -> r.to() == null ? "410" : r.to()));
    }
}
