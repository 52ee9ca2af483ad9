package com.healthpress.api.web;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An error as {@code application/problem+json} (RFC 9457): a type URI naming the kind of problem (documented in the
 * OpenAPI description), a short title, the status, a detail for this occurrence, the request's path, and for a bad
 * parameter its name.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Problem(String type, String title, int status, String detail, String instance, String parameter) {

    static final String CONTENT_TYPE = "application/problem+json";
    private static final String TYPES = "https://healthpress.dev/problems/";

    static Problem of(String kind, String title, int status, String detail, String instance) {
        return new Problem(TYPES + kind, title, status, detail, instance, null);
    }

    static Problem badParameter(String parameter, String detail, String instance) {
        return new Problem(TYPES + "bad-parameter", "A query parameter is wrong", 400, detail, instance, parameter);
    }
}
