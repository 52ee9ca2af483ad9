package com.healthpress.pagestore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The bytes of stored pages, as files under one directory, named by the page's entity tag (a hash of its content)
 * and encoding: a name always holds the same bytes, so instances and processes can share the directory, a file is
 * never rewritten in place, and which page is current is the table's business alone. A file appears whole or not
 * at all (written aside, then renamed).
 */
public final class PageFiles {

    public static final String GZIP = "gz";
    public static final String BROTLI = "br";
    private static final String WRITING = ".writing";

    private final Path directory;

    public PageFiles(Path directory) {
        this.directory = directory;
    }

    public Path directory() {
        return directory;
    }

    /** Keeps the bytes of one encoding of a page, unless a file holds them already. */
    void write(String etag, String encoding, byte[] bytes) {
        Path file = file(etag, encoding);
        if (Files.exists(file)) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            Path aside = file.resolveSibling(file.getFileName() + "." + Thread.currentThread().getId() + WRITING);
            Files.write(aside, bytes);
            try {
                Files.move(aside, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(aside, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the page file " + file, e);
        }
    }

    /** The bytes of one encoding of a page, or null when no file holds them (or it cannot be read). */
    byte[] read(String etag, String encoding) {
        try {
            return Files.readAllBytes(file(etag, encoding));
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * As {@link #read(String, String)}, and null too when the file is not of the size the page's row gives: then it
     * is not the page's own (cut short by a full disk or a crash of the machine).
     */
    byte[] read(String etag, String encoding, int size) {
        byte[] bytes = read(etag, encoding);
        return bytes != null && bytes.length == size ? bytes : null;
    }

    boolean has(String etag, String encoding) {
        return Files.exists(file(etag, encoding));
    }

    /**
     * Deletes the files of pages no longer stored (and writes a kill interrupted), keeping those of the entity tags
     * that {@code keptStartingWith} gives for each first character, and every file younger than the moment given,
     * which a render may be about to store. One directory at a time, so that only its entity tags are in memory
     * (all of 100,000 pages' names at once took 40 MB of the heap). Returns how many files it deleted.
     */
    int deleteUnused(Function<Character, Set<String>> keptStartingWith, Instant youngerKept) {
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        int deleted = 0;
        try (Stream<Path> subdirectories = Files.list(directory)) {
            for (Path subdirectory : (Iterable<Path>) subdirectories.filter(Files::isDirectory)::iterator) {
                deleted += deleteUnusedIn(subdirectory, keptStartingWith, youngerKept);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not clear old page files in " + directory, e);
        }
        return deleted;
    }

    private int deleteUnusedIn(Path subdirectory, Function<Character, Set<String>> keptStartingWith,
                               Instant youngerKept) throws IOException {
        String name = subdirectory.getFileName().toString();
        Set<String> keptNames = new HashSet<>();
        if (name.length() == 2 && HexFormat.isHexDigit(name.charAt(0)) && HexFormat.isHexDigit(name.charAt(1))) {
            for (String etag : keptStartingWith.apply((char) HexFormat.fromHexDigits(name))) {
                keptNames.add(name(etag, GZIP));
                keptNames.add(name(etag, BROTLI));
            }
        }
        int deleted = 0;
        try (Stream<Path> files = Files.list(subdirectory)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                if (!keptNames.contains(file.getFileName().toString()) && olderThan(file, youngerKept)) {
                    Files.deleteIfExists(file);
                    deleted++;
                }
            }
        }
        return deleted;
    }

    private static boolean olderThan(Path file, Instant moment) throws IOException {
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            return modified.toInstant().isBefore(moment);
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    private Path file(String etag, String encoding) {
        String name = name(etag, encoding);
        return directory.resolve(name.substring(0, 2)).resolve(name);
    }

    /**
     * Entity tags are Base64 and tell upper from lower case; file systems may not, so names spell them in hex.
     */
    private static String name(String etag, String encoding) {
        return HexFormat.of().formatHex(etag.getBytes(StandardCharsets.US_ASCII)) + "." + encoding;
    }
}
