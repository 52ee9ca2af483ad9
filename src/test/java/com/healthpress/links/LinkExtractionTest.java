package com.healthpress.links;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which links of a Markdown body lead to an article's address, and to which, as a browser on an article page sees. */
class LinkExtractionTest {

    private static List<String> targets(String body) {
        return OutgoingLink.of(7, body).stream().map(link -> link.toHost() + "|" + link.toSlug()).toList();
    }

    @Test
    void aRelativeLinkLeadsToTheSlugOnThisSite() {
        assertEquals(List.of("|sleep-hygiene"), targets("Read about [sleep](/articles/sleep-hygiene)."));
    }

    @Test
    void anAbsoluteLinkKeepsItsHostInLowerCaseWithoutTheDefaultPort() {
        assertEquals(List.of("health.example.com|sleep-hygiene", "health.example.com:8443|naps"),
                targets("[a](https://Health.Example.com:443/articles/sleep-hygiene) "
                        + "[b](https://health.example.com:8443/articles/naps)"));
    }

    @Test
    void theSitesOwnHostIsReadFromItsOriginTheSameWay() {
        assertEquals("health.example.com", LinkTarget.hostOfOrigin("https://Health.example.com"));
        assertEquals("localhost:7070", LinkTarget.hostOfOrigin("http://localhost:7070/"));
        assertEquals("example.com", LinkTarget.hostOfOrigin("http://example.com:80"));
        assertEquals(true, LinkTarget.of("https://health.example.com/articles/x").orElseThrow()
                .isOn(LinkTarget.hostOfOrigin("https://health.example.com")));
        assertEquals(false, LinkTarget.of("https://other.example.com/articles/x").orElseThrow()
                .isOn(LinkTarget.hostOfOrigin("https://health.example.com")));
        assertEquals(true, LinkTarget.of("/articles/x").orElseThrow().isOn("health.example.com"));
    }

    @Test
    void aSectionAnchorAQueryAndATrailingSlashNameTheSameArticle() {
        assertEquals(List.of("|naps"), targets("[a](/articles/naps#how-long) [b](/articles/naps?utm_source=x) "
                + "[c](/articles/naps/) [d](/articles/naps?x=1#y)"));
        assertEquals(3, OutgoingLink.of(7, "[a](/articles/naps#x) [b](/articles/naps?y) [c](/articles/naps)")
                .get(0).linkCount());
    }

    @Test
    void aLinkToAPlaceOnThisPageOrAnotherKindOfPageIsNoArticleLink() {
        assertEquals(List.of(), targets("[a](#faq) [b](?page=2) [c](/topics/sleep) [d](/articles/) [e](/articles) "
                + "[f](/articles/a/b) [g](mailto:editor@example.com) [h](https://example.com/) [i](/search?q=x)"));
    }

    @Test
    void relativeAddressesResolveAgainstTheArticlesFolder() {
        assertEquals(List.of("|naps", "|sleep", "|rest"),
                targets("[a](naps) [b](./sleep) [c](../articles/rest) [d](../topics/sleep)"));
    }

    @Test
    void protocolRelativeLinksKeepTheirHostAndEscapesAreDecoded() {
        assertEquals(List.of("example.com|caf\u00e9-au-lait", "|with space"),
                targets("[a](//example.com/articles/caf%C3%A9-au-lait) [b](</articles/with space>)"));
    }

    @Test
    void linksInCodeSpansAndCodeBlocksAreNotCounted() {
        String body = """
                Write `[a link](/articles/in-code)` to link.

                ```
                [another](/articles/in-a-block)
                ```

                    [indented](/articles/indented-code)

                But [this one](/articles/real) counts.
                """;
        assertEquals(List.of("|real"), targets(body));
    }

    @Test
    void referenceLinksAndAutolinksCountAndEachAddressIsOneRowWithItsFirstWords() {
        String body = """
                See [the guide][g] and <https://health.example.com/articles/guide>, and [again](/articles/guide).

                [g]: /articles/guide "Guide"
                """;
        List<OutgoingLink> links = OutgoingLink.of(3, body);
        assertEquals(List.of(new OutgoingLink(3, "", "guide", "the guide", 2),
                new OutgoingLink(3, "health.example.com", "guide", "https://health.example.com/articles/guide", 1)),
                links);
    }

    @Test
    void rawHtmlAndUnsafeTargetsAreNoLinks() {
        assertEquals(List.of(), targets("<a href=\"/articles/raw\">raw</a> [x](javascript:alert(1)//articles/x)"));
    }

    @Test
    void theWordsOfALinkAreItsTextWithoutMarkdown() {
        assertEquals("Sleep hygiene basics",
                OutgoingLink.of(1, "[**Sleep** *hygiene* `basics`](/articles/s)").get(0).anchorText());
        assertEquals(Optional.empty(), LinkTarget.of(null));
    }
}
