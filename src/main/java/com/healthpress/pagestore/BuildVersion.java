package com.healthpress.pagestore;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The version of what renders pages: a hash of this build's own classes, templates and static files, by content,
 * so that rebuilding the same sources gives the same version and any change to them a new one.
 */
public final class BuildVersion {

    private static final List<String> RENDERING = List.of("com/healthpress/", "views/", "static/");
    private static volatile String current;

    private BuildVersion() {
    }

    /** This build's version (worked out once per process). */
    public static String current() {
        if (current == null) {
            current = of(codeLocation());
        }
        return current;
    }

    /** The version of the settings pages are rendered for: the same values give the same version. */
    public static String ofSettings(String... values) {
        MessageDigest digest = sha256();
        for (String value : values) {
            add(digest, "setting", String.valueOf(value).getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    }

    private static Path codeLocation() {
        try {
            return Path.of(BuildVersion.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static String of(Path jarOrDirectory) {
        MessageDigest digest = sha256();
        try {
            if (Files.isDirectory(jarOrDirectory)) {
                for (Path file : filesUnder(jarOrDirectory)) {
                    add(digest, jarOrDirectory.relativize(file).toString().replace('\\', '/'),
                            Files.readAllBytes(file));
                }
            } else {
                try (JarFile jar = new JarFile(jarOrDirectory.toFile())) {
                    List<JarEntry> entries = new ArrayList<>(Collections.list(jar.entries()));
                    entries.sort((a, b) -> a.getName().compareTo(b.getName()));
                    for (JarEntry entry : entries) {
                        if (!entry.isDirectory() && isRendering(entry.getName())) {
                            try (InputStream in = jar.getInputStream(entry)) {
                                add(digest, entry.getName(), in.readAllBytes());
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    }

    private static List<Path> filesUnder(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> isRendering(directory.relativize(file).toString().replace('\\', '/')))
                    .sorted().toList();
        }
    }

    private static boolean isRendering(String name) {
        return RENDERING.stream().anyMatch(name::startsWith);
    }

    private static void add(MessageDigest digest, String name, byte[] bytes) {
        digest.update(name.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
