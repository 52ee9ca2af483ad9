package com.healthpress.outbox;

import java.util.function.UnaryOperator;

/**
 * The site's absolute addresses events name: its base URL, an article's page and its Content API address, each
 * from the slug (given by the parts that own those addresses, so the outbox repeats no address rule).
 */
public record PublicAddresses(String baseUrl, UnaryOperator<String> articlePage, UnaryOperator<String> apiArticle) {

    String url(String path) {
        return baseUrl + path;
    }
}
