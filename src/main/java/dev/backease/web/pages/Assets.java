package dev.backease.web.pages;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
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
    // Read once, when the first page or route needs them; the classpath does not change while running.
    private static final Map<String, byte[]> BYTES = read(ROOT);
    private static final Map<String, Asset> FILES = described(BYTES);
    private static final String VERSION = hashOf(BYTES);

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

    /** Every asset by its plain path ("/css/backease.css"), read once; the set is small (about 100 KB). */
    static Map<String, Asset> all() {
        return FILES;
    }

    /** One file: its bytes, its media type and an entity tag for conditional requests. */
    record Asset(byte[] bytes, String contentType, String etag) {
    }

    /** SHA-256 over every file's relative path and bytes, in path order. */
    static String hashOf(Map<String, byte[]> files) {
        MessageDigest digest = sha256();
        for (Map.Entry<String, byte[]> file : new TreeMap<>(files).entrySet()) {
            // The name is hashed too, so renaming a file also changes the version.
            digest.update(file.getKey().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(file.getValue());
            digest.update((byte) 0);
        }
        return HexFormat.of().formatHex(digest.digest()).substring(0, HASH_CHARS);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * Reads every file under a classpath folder, in a jar or a directory. A jar is read as a plain
     * {@link JarFile} listing, not mounted as a file system: mounting indexes every one of the
     * program's 14,000 jar entries and keeps that index on the heap.
     */
    static Map<String, byte[]> read(String classpathFolder) {
        URL root = Assets.class.getResource(classpathFolder);
        if (root == null) {
            throw new IllegalStateException("no classpath folder " + classpathFolder);
        }
        return read(root);
    }

    /** Every file under a folder given as a file: or jar: address; the paths start with '/'. */
    static Map<String, byte[]> read(URL root) {
        try {
            URLConnection connection = root.openConnection();
            if (connection instanceof JarURLConnection jar) {
                String folder = jar.getEntryName() == null ? "" : jar.getEntryName();
                return readJar(Path.of(jar.getJarFileURL().toURI()), folder.endsWith("/") || folder.isEmpty() ? folder : folder + "/");
            }
            return readFolder(Path.of(root.toURI()));
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot read the assets at " + root, e);
        }
    }

    private static Map<String, byte[]> readJar(Path jarPath, String prefix) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (JarFile jar = new JarFile(jarPath.toFile())) {
            for (JarEntry entry : Collections.list(jar.entries())) {
                if (!entry.isDirectory() && entry.getName().startsWith(prefix)) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        files.put("/" + entry.getName().substring(prefix.length()), in.readAllBytes());
                    }
                }
            }
        }
        return Map.copyOf(files);
    }

    private static Map<String, byte[]> readFolder(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put("/" + folder.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        return Map.copyOf(files);
    }

    private static Map<String, Asset> described(Map<String, byte[]> files) {
        Map<String, Asset> assets = new TreeMap<>();
        files.forEach((path, bytes) -> assets.put(path, new Asset(bytes, contentType(path), etag(bytes))));
        return Collections.unmodifiableMap(assets);
    }

    static String contentType(String path) {
        String extension = path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return switch (extension) {
            case "css" -> "text/css; charset=utf-8";
            case "js", "mjs" -> "text/javascript; charset=utf-8";
            case "svg" -> "image/svg+xml";
            case "txt" -> "text/plain; charset=utf-8";
            case "png" -> "image/png";
            case "ico" -> "image/x-icon";
            case "json", "webmanifest" -> "application/json";
            default -> "application/octet-stream";
        };
    }

    private static String etag(byte[] bytes) {
        return "\"" + HexFormat.of().formatHex(sha256().digest(bytes), 0, 8) + "\"";
    }
}
