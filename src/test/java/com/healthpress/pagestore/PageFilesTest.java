package com.healthpress.pagestore;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Page files: named by entity tag and encoding, written whole, and cleared when no stored page uses them. */
class PageFilesTest {

    @TempDir
    Path directory;

    @Test
    void entityTagsThatDifferOnlyInCaseAreTwoFilesAndAWrittenFileLeavesNothingAside() throws IOException {
        PageFiles files = new PageFiles(directory);
        files.write("AbC", PageFiles.GZIP, new byte[] {1});
        files.write("abc", PageFiles.GZIP, new byte[] {2});
        files.write("abc", PageFiles.BROTLI, new byte[] {3});

        assertArrayEquals(new byte[] {1}, files.read("AbC", PageFiles.GZIP));
        assertArrayEquals(new byte[] {2}, files.read("abc", PageFiles.GZIP));
        assertArrayEquals(new byte[] {3}, files.read("abc", PageFiles.BROTLI));
        assertNull(files.read("abd", PageFiles.GZIP));
        assertEquals(List.of(), allFiles().stream().filter(file -> file.toString().endsWith(".writing")).toList());
    }

    @Test
    void aReadOfTheSizeTheRowGivesFindsTheWholeFileAndNothingInAFileCutShort() {
        PageFiles files = new PageFiles(directory);
        byte[] page = new byte[10_000];
        new java.util.Random(7).nextBytes(page);
        files.write("whole", PageFiles.GZIP, page);
        files.write("cut", PageFiles.GZIP, java.util.Arrays.copyOf(page, 4_000));

        assertArrayEquals(page, files.read("whole", PageFiles.GZIP, page.length));
        assertArrayEquals(page, files.read("whole", PageFiles.GZIP, page.length), "read twice, the same bytes");
        assertNull(files.read("cut", PageFiles.GZIP, page.length));
        assertNull(files.read("missing", PageFiles.GZIP, page.length));
        assertNull(files.read("whole", PageFiles.BROTLI, page.length));
    }

    @Test
    void aCleanUpDeletesOnlyOldFilesOfUnusedEntityTags() throws IOException {
        PageFiles files = new PageFiles(directory);
        Instant now = Instant.now();
        for (String etag : List.of("used", "unused", "young")) {
            files.write(etag, PageFiles.GZIP, etag.getBytes());
            files.write(etag, PageFiles.BROTLI, etag.getBytes());
        }
        Path interrupted = directory.resolve("aa").resolve("something.gz.7.writing");
        Files.createDirectories(interrupted.getParent());
        Files.write(interrupted, new byte[] {0});
        for (Path file : allFiles()) {
            if (!file.getFileName().toString().startsWith(hex("young"))) {
                Files.setLastModifiedTime(file, FileTime.from(now.minus(Duration.ofHours(2))));
            }
        }

        int deleted = files.deleteUnused(first -> first == 'u' ? Set.of("used", "unknown") : Set.of("other"),
                now.minus(Duration.ofHours(1)));

        assertEquals(3, deleted, "both files of the unused page and the interrupted write");
        assertArrayEquals("used".getBytes(), files.read("used", PageFiles.BROTLI));
        assertArrayEquals("young".getBytes(), files.read("young", PageFiles.GZIP));
        assertNull(files.read("unused", PageFiles.GZIP));
        assertEquals(4, allFiles().size());
    }

    private List<Path> allFiles() throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    private static String hex(String etag) {
        return java.util.HexFormat.of().formatHex(etag.getBytes());
    }
}
