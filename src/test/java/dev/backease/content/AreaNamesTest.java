package dev.backease.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backease.store.GuideFile;
import org.junit.jupiter.api.Test;

class AreaNamesTest {
    @Test
    void every_area_a_technique_works_on_has_plain_words_that_keep_off_the_spine() {
        for (Technique technique : GuideFile.loadDefault().techniques()) {
            String words = AreaNames.of(technique.area());
            assertThat(words).as(technique.id()).doesNotContain("_").isNotBlank();
        }
        assertThat(AreaNames.of("paraspinal_muscles")).contains("beside the spine").contains("never the spine itself");
    }

    @Test
    void an_area_without_words_is_still_readable() {
        assertThat(AreaNames.of("bruised_area")).isEqualTo("bruised area");
    }
}
