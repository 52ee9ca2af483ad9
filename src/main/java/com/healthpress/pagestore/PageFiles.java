package com.healthpress.pagestore;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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

    private static final HexFormat HEX = HexFormat.of();

    private final Path directory;
    private final String directoryName;

    public PageFiles(Path directory) {
        this.directory = directory;
        this.directoryName = directory.toString();
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
     * As {@link #read(String, String)}, and null too when the file is shorter than the page's row says: then it is
     * not the page's own (cut short by a full disk or a crash of the machine). This is the read of every request for
     * a page the memory cache lacks, so it costs three system calls (open, read, close) and no {@link Path}: a path
     * string and the fewest objects.
     */
    byte[] read(String etag, String encoding, int size) {
        byte[] bytes = new byte[size];
        int read = 0;
        try (FileInputStream in = new FileInputStream(fileName(etag, encoding))) {
            for (int n; read < size && (n = in.read(bytes, read, size - read)) > 0; ) {
                read += n;
            }
        } catch (IOException e) {
            return null;
        }
        return read == size ? bytes : null;
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
        return Path.of(fileName(etag, encoding));
    }

    /** The file's path as a string: directory, the name's first two characters, the name. */
    private String fileName(String etag, String encoding) {
        StringBuilder path = new StringBuilder(directoryName.length() + 2 * etag.length() + encoding.length() + 6)
                .append(directoryName).append(File.separatorChar);
        appendHex(path, etag.charAt(0));
        path.append(File.separatorChar);
        return appendName(path, etag, encoding).toString();
    }

    /**
     * Entity tags are Base64 and tell upper from lower case; file systems may not, so names spell them in hex.
     */
    private static String name(String etag, String encoding) {
        return appendName(new StringBuilder(2 * etag.length() + encoding.length() + 1), etag, encoding).toString();
    }

    private static StringBuilder appendName(StringBuilder name, String etag, String encoding) {
        for (int i = 0; i < etag.length(); i++) {
            appendHex(name, etag.charAt(i));
        }
        return name.append('.').append(encoding);
    }

    /** An entity tag's character (ASCII) as two hex digits. */
    private static void appendHex(StringBuilder name, char c) {
        name.append(HEX.toHighHexDigit(c)).append(HEX.toLowHexDigit(c));
    }
}
