package dev.backease.crash;

import static dev.backease.crash.ApiClient.expect;
import static dev.backease.crash.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The disk under the SQLite folder fills up while the server runs (a 4 MB tmpfs, filled to the last
 * byte by another file): a change gets a plain 507 problem, nothing stored before is lost, and once
 * space is freed the same server stores again.
 */
class FullDiskTest {
    private static final String OUT_OF_SPACE = "The server has run out of storage space, so this change was not "
            + "saved; everything saved before is safe. Try again once space has been freed.";
    private static final int MAX_ATTEMPTS = 500;

    @TempDir
    Path dir;
    private Path mountPoint;

    @Test
    void a_full_disk_gets_a_507_problem_and_loses_nothing_stored_before() throws Exception {
        mountPoint = mountSmallTmpfs();
        Path dbFile = mountPoint.resolve("backease.db");
        List<JsonNode> stored = new ArrayList<>();
        try (ServedApp app = ServedApp.start("jdbc:sqlite:" + dbFile)) {
            ApiClient api = new ApiClient(app.port());
            api.signUp("fulldisk");
            for (int n = 0; n < 5; n++) {
                stored.add(json(expect(201, api.post("/api/v1/journal/entries", ApiClient.journalEntry(n)))));
            }
            Path filler = fillDisk(mountPoint.resolve("filler"));

            HttpResponse<String> refused = firstRefusal(api);
            assertThat(refused.statusCode()).isEqualTo(507);
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(json(refused).get("title").textValue()).isEqualTo("Insufficient Storage");
            assertThat(json(refused).get("detail").textValue()).isEqualTo(OUT_OF_SPACE);

            Files.delete(filler);
            for (JsonNode entry : stored) {
                assertThat(json(expect(200, api.get("/api/v1/journal/entries/" + entry.get("id").textValue()))))
                        .isEqualTo(entry);
            }
            stored.add(json(expect(201, api.post("/api/v1/journal/entries", ApiClient.journalEntry(99)))));
        }
        assertThat(integrityCheck(dbFile)).isEqualTo("ok");
        assertThat(storedEntryIds(dbFile)).containsExactlyInAnyOrderElementsOf(
                stored.stream().map(entry -> entry.get("id").textValue()).toList());
    }

    /** Writes until the disk refuses: what SQLite still has room for is used up by the first few posts. */
    private HttpResponse<String> firstRefusal(ApiClient api) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            HttpResponse<String> answer = api.post("/api/v1/journal/entries", ApiClient.journalEntry(1000 + attempt));
            if (answer.statusCode() != 201) {
                return answer;
            }
        }
        throw new AssertionError("the full disk took " + MAX_ATTEMPTS + " more entries");
    }

    private static Path fillDisk(Path filler) throws IOException {
        byte[] chunk = new byte[4096];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(chunk);
                out.flush();
            }
        } catch (IOException full) {
            if (!full.getMessage().contains("No space left")) {
                throw full;
            }
        }
        return filler;
    }

    private static String integrityCheck(Path dbFile) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dbFile);
                Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static List<String> storedEntryIds(Path dbFile) throws Exception {
        List<String> ids = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dbFile);
                Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id FROM journal_entries")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    private Path mountSmallTmpfs() throws Exception {
        Path target = Files.createDirectories(dir.resolve("small-disk"));
        int exit = run("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", target.toString());
        Assumptions.assumeTrue(exit == 0,
                "a full disk is simulated with a 4 MB tmpfs, which needs permission to mount (run as root)");
        return target;
    }

    @AfterEach
    void unmount() throws Exception {
        if (mountPoint != null) {
            run("umount", "-l", mountPoint.toString());
        }
    }

    private static int run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return -1;
        }
        return process.exitValue();
    }
}
