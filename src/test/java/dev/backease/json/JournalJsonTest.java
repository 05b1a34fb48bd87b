package dev.backease.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.backease.content.Symptom;
import dev.backease.journal.Advice;
import dev.backease.journal.FollowUp;
import dev.backease.journal.JournalEntry;
import dev.backease.journal.ProgressReport;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JournalJsonTest {
    private static final Instant AT = Instant.parse("2026-11-20T18:30:00Z");

    @Test
    void a_saved_entry_is_written_with_every_contract_field() throws Exception {
        JournalEntry entry = JournalEntry.session(AT, 5, 3).withTechniques(List.of("effleurage"), List.of("effleurage"))
                .withId("e-1");

        JsonNode json = new ObjectMapper().readTree(JournalJson.write(JournalJson.entry(entry)));

        assertThat(json.get("id").asText()).isEqualTo("e-1");
        assertThat(json.get("at").asText()).isEqualTo("2026-11-20T18:30:00Z");
        assertThat(json.get("kind").asText()).isEqualTo("session");
        assertThat(json.get("painBefore").asInt()).isEqualTo(5);
        assertThat(json.get("painLevel").isNull()).isTrue();
        assertThat(json.get("sessionId").isNull()).isTrue();
        assertThat(json.get("soreness").asBoolean()).isFalse();
        assertThat(json.get("techniques").get(0).asText()).isEqualTo("effleurage");
        assertThat(json.get("notes").asText()).isEmpty();
    }

    @Test
    void a_written_entry_reads_back_the_same() {
        JournalEntry entry = JournalEntry.checkIn(AT, 4, true).withSymptoms(Set.of(Symptom.FEVER, Symptom.DIZZINESS));
        JournalEntryReader reader = new JournalEntryReader(Clock.fixed(AT, ZoneOffset.UTC));

        assertThat(reader.read(JournalJson.write(JournalJson.entry(entry)))).isEqualTo(entry);
    }

    @Test
    void entries_are_wrapped_in_an_entries_list() {
        JsonNode json = JournalJson.entries(List.of(JournalEntry.checkIn(AT, 2, false).withId("a")));

        assertThat(json.get("entries").size()).isEqualTo(1);
        assertThat(json.get("entries").get(0).get("kind").asText()).isEqualTo("check_in");
    }

    @Test
    void advice_is_written_with_referral_reasons_and_sources() {
        Advice advice = FollowUp.standard().advise(AT,
                List.of(JournalEntry.checkIn(AT, 6, false).withSymptoms(Set.of(Symptom.SADDLE_NUMBNESS))));

        JsonNode json = JournalJson.advice(advice);

        assertThat(json.get("referral").asText()).isEqualTo("emergency");
        assertThat(json.get("asOf").asText()).isEqualTo("2026-11-20T18:30:00Z");
        assertThat(json.get("actions").get(0).asText()).startsWith("Call 112");
        assertThat(json.get("reasons").get(0).get("rule").asText()).isEqualTo("red_flag_in_check_in");
        assertThat(json.get("reasons").get(0).get("source").asText()).isEqualTo("Identifying Persistent or Severe Pain");
    }

    @Test
    void progress_lists_what_works() {
        JournalEntry session = JournalEntry.session(AT, 6, 2).withTechniques(List.of("heat"), List.of("heat"));

        JsonNode json = JournalJson.progress(new ProgressReport(ZoneOffset.UTC).of(AT, List.of(session)));

        assertThat(json.get("whatWorks").get(0).get("averageChange").asDouble()).isEqualTo(4.0);
        assertThat(json.get("preferredTechniques").get(0).asText()).isEqualTo("heat");
        assertThat(json.get("streakDays").asInt()).isEqualTo(1);
    }
}
