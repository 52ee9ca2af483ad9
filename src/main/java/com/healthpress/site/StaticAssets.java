package com.healthpress.site;

import com.healthpress.cache.CachedPage;
import com.healthpress.cache.CachedPages;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The files of {@code static/}, read once at start-up and served under content-hashed names
 * ({@code site.css} → {@code /static/site.1a2b3c4d5e.css}) that browsers and CDNs may cache forever.
 */
public final class StaticAssets {

    private static final String IMMUTABLE = "public, max-age=31536000, immutable";
    private static final Map<String, String> CONTENT_TYPES = Map.of(
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "ico", "image/x-icon",
            "webp", "image/webp",
            "txt", "text/plain; charset=utf-8");

    private final Map<String, String> pathByName;
    private final Map<String, CachedPage> assetByHashedName;

    private StaticAssets(Map<String, String> pathByName, Map<String, CachedPage> assetByHashedName) {
        this.pathByName = Map.copyOf(pathByName);
        this.assetByHashedName = Map.copyOf(assetByHashedName);
    }

    /** Reads every file under the class-path folder {@code root}. */
    public static StaticAssets load(String root) {
        Map<String, String> paths = new HashMap<>();
        Map<String, CachedPage> assets = new HashMap<>();
        Instant loaded = Instant.now();
        forEachFile(root, (name, bytes) -> {
            String hashedName = hashedName(name, bytes);
            paths.put(name, "/static/" + hashedName);
            assets.put(hashedName, CachedPage.of(bytes, contentType(name), loaded, Set.of()));
        });
        return new StaticAssets(paths, assets);
    }

    /** The public path of a file of {@code static/}, as templates link to it. */
    public String path(String name) {
        String path = pathByName.get(name);
        if (path == null) {
            throw new IllegalArgumentException("No static file named " + name);
        }
        return path;
    }

    public void serve(Context ctx) {
        CachedPage asset = assetByHashedName.get(ctx.pathParam("path"));
        if (asset == null) {
            throw new NotFoundResponse();
        }
        CachedPages.write(ctx, asset, IMMUTABLE);
    }

    private interface FileVisitor {
        void visit(String relativeName, byte[] bytes) throws IOException;
    }

    private static void forEachFile(String root, FileVisitor visitor) {
        URL url = StaticAssets.class.getClassLoader().getResource(root);
        if (url == null) {
            throw new IllegalStateException("The class path has no " + root + "/ folder");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = openJar(uri)) {
                    walk(jar.getPath(root), visitor);
                }
            } else {
                walk(Path.of(uri), visitor);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static FileSystem openJar(URI uri) throws IOException {
        try {
            FileSystems.getFileSystem(uri);
            throw new IllegalStateException("The jar file system is already open: " + uri);
        } catch (FileSystemNotFoundException expected) {
            return FileSystems.newFileSystem(uri, Map.of());
        }
    }

    private static void walk(Path root, FileVisitor visitor) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                visitor.visit(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
    }

    private static String hashedName(String name, byte[] bytes) {
        String hash = HexFormat.of().formatHex(sha256(bytes)).substring(0, 10);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name + "." + hash : name.substring(0, dot) + "." + hash + name.substring(dot);
    }

    private static String contentType(String name) {
        String extension = name.substring(name.lastIndexOf('.') + 1);
        return CONTENT_TYPES.getOrDefault(extension, "application/octet-stream");
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
