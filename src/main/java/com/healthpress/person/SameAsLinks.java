package com.healthpress.person;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The links to a person's other official profiles: absolute https URLs only, one a line when stored. */
public final class SameAsLinks {

    private SameAsLinks() {
    }

    /** True for an absolute https URL with a host, the only kind a profile links to. */
    public static boolean isHttps(String url) {
        if (url == null || url.isBlank()) {
            return false;
        }
        try {
            URI uri = new URI(url.strip());
            return "https".equals(uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT))
                    && uri.getHost() != null && !uri.getHost().isEmpty();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** The links of a stored column (one a line); null or blank is none. */
    public static List<String> parse(String lines) {
        if (lines == null || lines.isBlank()) {
            return List.of();
        }
        List<String> links = new ArrayList<>();
        Arrays.stream(lines.split("\n")).map(String::strip).filter(line -> !line.isEmpty()).forEach(links::add);
        return List.copyOf(links);
    }

    /** The stored form: one link a line, null for none. */
    public static String join(List<String> links) {
        return links.isEmpty() ? null : String.join("\n", links);
    }
}
