package com.healthpress.markdown;

import java.util.List;

/** Sanitised HTML of an article body with the sections its table of contents links to. */
public record RenderedBody(String html, List<Section> sections) {

    public RenderedBody {
        sections = List.copyOf(sections);
    }
}
