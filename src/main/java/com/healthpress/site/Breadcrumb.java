package com.healthpress.site;

/** One step of a page's trail from the home page; the same list feeds the visible trail and the JSON-LD. */
public record Breadcrumb(String name, String path) {
}
