package dev.backease.web.pages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The stylesheet, scripts and pictures under classpath /public, served at a versioned address that
 * holds one content hash of the whole set: /assets/HASH/css/backease.css. A browser may then keep
 * them for a year; any change to any file gives every file a new address. One hash for the whole
 * set (rather than one per file) keeps the ES modules' relative imports ('./api.js') resolving
 * inside the same versioned folder.
 */
public final class Assets {
    /** Where the versioned copies live; the hash follows as the next path segment. */
    public static final String PREFIX = "/assets/";
    /** The classpath folder every asset comes from. */
    static final String ROOT = "/public";
    /** Versioned addresses never change content, so browsers and proxies may keep them for a year. */
    public static final String IMMUTABLE = "public, max-age=31536000, immutable";
    private static final int HASH_CHARS = 16;
    // Computed once, when the first page or route needs it; the classpath does not change while running.
    private static final String VERSION = hashOf(ROOT);

    private Assets() {}

    /** The hash of the whole asset set, as used in every versioned address. */
    public static String version() {
        return VERSION;
    }

    /** The folder the versioned copies are served under, e.g. /assets/0123abcd4567ef89. */
    public static String hostedPath() {
        return PREFIX + VERSION;
    }

    /** The versioned address of an asset given by its plain path, e.g. url("/css/backease.css"). */
    public static String url(String plainPath) {
        if (!plainPath.startsWith("/")) {
            throw new IllegalArgumentException("asset paths start with '/': " + plainPath);
        }
        return hostedPath() + plainPath;
    }

    /** SHA-256 over every file's relative path and bytes, in path order, under a classpath folder. */
    static String hashOf(String classpathFolder) {
        URL root = Assets.class.getResource(classpathFolder);
        if (root == null) {
            throw new IllegalStateException("no classpath folder " + classpathFolder);
        }
        try {
            URI uri = root.toURI();
            if ("jar".equals(uri.getScheme())) {
                return hashInJar(uri, classpathFolder);
            }
            return hashFolder(Path.of(uri));
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot read " + root, e);
        }
    }

    private static String hashInJar(URI uri, String classpathFolder) {
        try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
            return hashFolder(jar.getPath(classpathFolder));
        } catch (FileSystemAlreadyExistsException e) {
            return hashFolder(FileSystems.getFileSystem(uri).getPath(classpathFolder));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String hashFolder(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            List<Path> files = walk.filter(Files::isRegularFile)
                    .sorted((a, b) -> relative(folder, a).compareTo(relative(folder, b)))
                    .toList();
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path file : files) {
                // The name is hashed too, so renaming a file also changes the version.
                digest.update(relative(folder, file).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Files.readAllBytes(file));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, HASH_CHARS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String relative(Path folder, Path file) {
        return folder.relativize(file).toString().replace('\\', '/');
    }
}
