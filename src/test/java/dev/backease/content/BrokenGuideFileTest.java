package dev.backease.content;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backease.store.GuideFile;
import dev.backease.store.InvalidContentException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broken content file stops start-up with a message naming the file, the entry and the problem. */
class BrokenGuideFileTest {
    private static String shipped;

    @TempDir
    Path dir;

    @BeforeAll
    static void readShippedFile() throws IOException {
        try (InputStream in = BrokenGuideFileTest.class.getClassLoader().getResourceAsStream("content/guide.yaml")) {
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void an_unchanged_copy_of_the_shipped_file_loads() throws IOException {
        GuideFile.load(write(shipped));
    }

    @Test
    void pressure_above_ten_names_the_technique_and_the_figure() throws IOException {
        Path file = write(replaceIn("id: petrissage", "pressure: {min: 4, max: 6}", "pressure: {min: 4, max: 12}"));
        assertFailsWith(file, file + ": technique 'petrissage': pressure.max 12 is above 10");
    }

    @Test
    void a_range_with_min_above_max_is_rejected() throws IOException {
        Path file = write(replaceIn("id: trigger_point_release", "holdSeconds: {min: 20, max: 60}",
                "holdSeconds: {min: 60, max: 20}"));
        assertFailsWith(file, file + ": technique 'trigger_point_release': doses[0].holdSeconds.min 60 is above"
                + " doses[0].holdSeconds.max 20");
    }

    @Test
    void a_missing_contract_technique_is_rejected() throws IOException {
        Path file = write(shipped.replace("- id: massage_gun", "- id: massage_gun_typo"));
        assertFailsWith(file, file + ": technique 'massage_gun': is missing: the program relies on it");
    }

    @Test
    void a_missing_position_is_rejected() throws IOException {
        Path file = write(shipped.replace("- id: standing_at_wall", "- id: leaning_on_wall"));
        assertFailsWith(file, file + ": position 'standing_at_wall': is missing");
    }

    @Test
    void a_source_that_is_not_a_guide_heading_is_rejected() throws IOException {
        Path file = write(replaceIn("id: cross_fiber_friction", "source: Sequence of Movements\n\n",
                "source: Friction Basics\n\n"));
        assertFailsWith(file, file + ": technique 'cross_fiber_friction': source 'Friction Basics' is not a section"
                + " heading of the guide");
    }

    @Test
    void a_blank_source_is_rejected() throws IOException {
        Path file = write(shipped.replace("    text: Drink some water to help the muscles recover.\n"
                + "    source: Stretching and Aftercare", "    text: Drink some water to help the muscles recover.\n"
                + "    source: \"\""));
        assertFailsWith(file, file + ": aftercare 'water': source is missing");
    }

    @Test
    void an_unknown_field_is_rejected_with_its_name_and_line() throws IOException {
        Path file = write(shipped.replace("    pressureBand: moderate\n", "    pressureBnad: moderate\n"));
        assertFailsWith(file, "unknown field 'pressureBnad'");
        assertFailsWith(file, file + ": line ");
    }

    @Test
    void a_range_missing_an_end_is_rejected_rather_than_read_as_zero() throws IOException {
        Path file = write(replaceIn("id: knee_to_chest", "holdSeconds: {min: 20, max: 30}", "holdSeconds: {min: 20}"));
        assertFailsWith(file, "max");
    }

    @Test
    void a_missing_file_is_named() {
        Path file = dir.resolve("nowhere.yaml");
        assertFailsWith(file, file + ": file: does not exist");
    }

    private String replaceIn(String entryMarker, String target, String replacement) {
        int entry = shipped.indexOf(entryMarker);
        int at = shipped.indexOf(target, entry);
        return shipped.substring(0, at) + replacement + shipped.substring(at + target.length());
    }

    private Path write(String content) throws IOException {
        return Files.writeString(dir.resolve("guide.yaml"), content);
    }

    private static void assertFailsWith(Path file, String message) {
        assertThatThrownBy(() -> GuideFile.load(file))
                .isInstanceOf(InvalidContentException.class)
                .hasMessageContaining(message);
    }
}
