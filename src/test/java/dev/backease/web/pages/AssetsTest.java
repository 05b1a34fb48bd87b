package dev.backease.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssetsTest {
    @TempDir
    Path dir;

    @Test
    void the_assets_inside_the_program_jar_are_read_whether_the_folder_address_ends_with_a_slash_or_not() throws IOException {
        Path jar = jarWith(Map.of(
                "public/css/site.css", "body{}",
                "public/robots.txt", "User-agent: *",
                "publicity/elsewhere.txt", "not an asset",
                "dev/backease/App.class", "code"));

        for (String folder : new String[] {"public", "public/"}) {
            Map<String, byte[]> files = Assets.read(new URL("jar:" + jar.toUri() + "!/" + folder));

            assertThat(files).as(folder).containsOnlyKeys("/css/site.css", "/robots.txt");
            assertThat(new String(files.get("/css/site.css"), StandardCharsets.UTF_8)).isEqualTo("body{}");
        }
    }

    @Test
    void the_assets_in_a_folder_are_read_with_the_same_paths_as_in_a_jar() throws IOException {
        Files.createDirectories(dir.resolve("public/js"));
        Files.writeString(dir.resolve("public/js/a.js"), "export {}");

        assertThat(Assets.read(dir.resolve("public").toUri().toURL())).containsOnlyKeys("/js/a.js");
    }

    @Test
    void the_version_changes_when_any_file_or_name_changes_and_only_then() {
        Map<String, byte[]> files = Map.of("/a.css", bytes("x"), "/b.js", bytes("y"));

        assertThat(Assets.hashOf(files)).isEqualTo(Assets.hashOf(Map.of("/b.js", bytes("y"), "/a.css", bytes("x"))));
        assertThat(Assets.hashOf(files)).isNotEqualTo(Assets.hashOf(Map.of("/a.css", bytes("x"), "/b.js", bytes("z"))));
        assertThat(Assets.hashOf(files)).isNotEqualTo(Assets.hashOf(Map.of("/c.css", bytes("x"), "/b.js", bytes("y"))));
    }

    @Test
    void the_real_asset_set_is_not_empty_and_each_file_has_its_media_type() {
        assertThat(Assets.all()).containsKeys("/css/backease.css", "/js/player.js", "/img/lower-back.svg", "/robots.txt");
        assertThat(Assets.all().get("/css/backease.css").contentType()).startsWith("text/css");
        assertThat(Assets.all().get("/js/player.js").contentType()).startsWith("text/javascript");
        assertThat(Assets.contentType("/unknown.bin")).isEqualTo("application/octet-stream");
    }

    private Path jarWith(Map<String, String> entries) throws IOException {
        Path jar = dir.resolve("program.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                out.putNextEntry(new JarEntry(entry.getKey()));
                OutputStream body = out;
                body.write(bytes(entry.getValue()));
                out.closeEntry();
            }
        }
        return jar;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
