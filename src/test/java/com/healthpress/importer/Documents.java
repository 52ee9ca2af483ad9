package com.healthpress.importer;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** The article documents under {@code src/test/resources/documents}, and where things stand in them. */
final class Documents {

    private Documents() {
    }

    static String read(String name) {
        try (InputStream in = Documents.class.getClassLoader().getResourceAsStream("documents/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test document " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path path(String name) {
        URL url = Documents.class.getClassLoader().getResource("documents/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no test document " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The 1-based number of the first line of the document that contains the snippet. */
    static int lineOf(String document, String snippet) {
        List<String> lines = document.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(snippet)) {
                return i + 1;
            }
        }
        return fail("the document has no line containing " + snippet);
    }

    /** The line that follows the first line equal to the given one. */
    static String lineAfter(String document, String line) {
        List<String> lines = document.lines().toList();
        int index = lines.indexOf(line);
        if (index < 0 || index + 1 >= lines.size()) {
            return fail("the document has no line after " + line);
        }
        return lines.get(index + 1);
    }
}
