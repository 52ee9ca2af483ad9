package com.healthpress.links;

import com.healthpress.markdown.BodyLink;
import com.healthpress.markdown.BodyLinks;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A row of {@code article_link}: an article's body links to this address (host, slug) this many times, first with
 * these words.
 */
public record OutgoingLink(long fromArticleId, String toHost, String toSlug, String anchorText, int linkCount) {

    /** The stored anchor text is cut to this many characters: it only reminds the editor which link it is. */
    static final int ANCHOR_MAX = 200;

    /** The body's links to article addresses, one per address, in the order they first appear. */
    public static List<OutgoingLink> of(long articleId, String body) {
        Map<LinkTarget, OutgoingLink> links = new LinkedHashMap<>();
        for (BodyLink link : BodyLinks.in(body)) {
            LinkTarget.of(link.destination()).ifPresent(target -> links.merge(target,
                    new OutgoingLink(articleId, target.host(), target.slug(), shortened(link.text()), 1),
                    (first, again) -> first.withOneMore()));
        }
        return new ArrayList<>(links.values());
    }

    public LinkTarget target() {
        return new LinkTarget(toHost, toSlug);
    }

    private OutgoingLink withOneMore() {
        return new OutgoingLink(fromArticleId, toHost, toSlug, anchorText, linkCount + 1);
    }

    private static String shortened(String text) {
        if (text.length() <= ANCHOR_MAX) {
            return text;
        }
        int cut = ANCHOR_MAX - 1;
        if (Character.isLowSurrogate(text.charAt(cut))) {
            cut--;
        }
        return text.substring(0, cut) + "…";
    }
}
