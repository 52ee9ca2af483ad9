package com.healthpress.links;

/**
 * A link the report lists: the article it is in, where it points ({@code /articles/slug}), its words and how often
 * the body links there, why it is listed, the article at that address (else null) and, for an old address, the
 * article it now leads to (else null).
 */
public record LinkProblem(LinkedArticle from, String fromState, String toPath, String anchorText, int linkCount,
                          String reason, LinkedArticle target, LinkedArticle leadsTo) {
}
