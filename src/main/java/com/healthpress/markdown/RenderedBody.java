package com.healthpress.markdown;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Sanitised HTML of an article body with the sections its table of contents links to, and the ids of the citation
 * markers that cite each reference (by its number, from 1), which the reference links back to.
 */
public record RenderedBody(String html, List<Section> sections, Map<Integer, List<String>> markerIds) {

    public RenderedBody {
        sections = List.copyOf(sections);
        markerIds = markerIds.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, entry -> List.copyOf(entry.getValue())));
    }

    /** The ids of the markers citing reference {@code number}, in reading order; empty when none cites it. */
    public List<String> markersCiting(int number) {
        return markerIds.getOrDefault(number, List.of());
    }
}
