package dev.backease.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backease.account.AccountId;
import dev.backease.journal.Routine;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.transform.recurrence.Frequency;
import org.junit.jupiter.api.Test;

class RoutineCalendarTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-02T06:00:00Z"), ZoneOffset.UTC);
    private static final AccountId ANNA = new AccountId("acc-anna");
    private final RoutineCalendar calendars = new RoutineCalendar(CLOCK);

    @Test
    void the_guide_default_routine_becomes_two_daily_ten_minute_reminders() throws Exception {
        Calendar calendar = parse(calendars.ics(ANNA, Routine.guideDefault(), BERLIN));

        List<VEvent> events = events(calendar);
        assertThat(events).hasSize(2);
        for (VEvent event : events) {
            RRule<?> rule = event.getRequiredProperty(Property.RRULE);
            assertThat(rule.getRecur().getFrequency()).isEqualTo(Frequency.DAILY);
            assertThat(value(event, Property.DURATION)).isEqualTo("PT10M");
            assertThat(event.getSummary().getValue()).isEqualTo("BackEase: lower-back massage (10 min)");
            assertThat(event.getAlarms()).hasSize(1);
        }
        assertThat(value(calendar, Property.PRODID)).isEqualTo(RoutineCalendar.PRODID);
        assertThat(value(calendar, Property.VERSION)).isEqualTo("2.0");
    }

    @Test
    void reminders_start_at_the_chosen_local_times_in_the_persons_time_zone() throws Exception {
        String ics = calendars.ics(ANNA, Routine.guideDefault(), BERLIN);
        Calendar calendar = parse(ics);

        assertThat(calendar.getComponents(Component.VTIMEZONE)).hasSize(1);
        assertThat(ics).contains("DTSTART;TZID=Europe/Berlin:20261102T080000");
        List<ZonedDateTime> starts = events(calendar).stream().map(e -> (ZonedDateTime) start(e)).toList();
        assertThat(starts).extracting(ZonedDateTime::toLocalDateTime).containsExactly(
                LocalDateTime.of(2026, 11, 2, 8, 0), LocalDateTime.of(2026, 11, 2, 19, 0));
        assertThat(starts).extracting(ZonedDateTime::getOffset).containsOnly(ZoneOffset.ofHours(1));
    }

    @Test
    void the_morning_reminder_stays_at_eight_across_the_spring_clock_change() throws Exception {
        Calendar calendar = parse(calendars.ics(ANNA, Routine.guideDefault(), BERLIN, LocalDate.of(2027, 3, 26)));
        VEvent morning = events(calendar).get(0);
        RRule<ZonedDateTime> rule = morning.getRequiredProperty(Property.RRULE);
        ZonedDateTime start = (ZonedDateTime) start(morning);

        List<ZonedDateTime> days = rule.getRecur().getDates(start, start, start.plusDays(4));

        assertThat(days).hasSize(5).extracting(ZonedDateTime::toLocalTime).containsOnly(LocalTime.of(8, 0));
    }

    @Test
    void a_utc_routine_is_written_in_utc_without_a_time_zone_block() throws Exception {
        String ics = calendars.ics(ANNA, new Routine(List.of(LocalTime.of(7, 30)), 5), ZoneOffset.UTC);
        Calendar calendar = parse(ics);

        assertThat(calendar.getComponents(Component.VTIMEZONE)).isEmpty();
        assertThat(ics).contains("DTSTART:20261102T073000Z");
        assertThat(events(calendar).get(0).getSummary().getValue()).isEqualTo("BackEase: lower-back massage (5 min)");
    }

    @Test
    void the_description_gives_the_short_plan_and_when_to_stop_and_seek_help() throws Exception {
        VEvent event = events(parse(calendars.ics(ANNA, Routine.guideDefault(), BERLIN))).get(0);

        String description = event.getDescription().getValue();
        assertThat(description).contains("5-15 minutes, once or twice a day").contains("never on the spine")
                .contains("Stop and seek help if pain turns sharp or shoots down a leg");
    }

    @Test
    void changing_the_reminder_times_keeps_the_same_uids_so_a_reimport_updates_the_events() throws Exception {
        Routine before = Routine.guideDefault();
        Routine after = new Routine(List.of(LocalTime.of(6, 45), LocalTime.of(21, 0)), 15);

        List<String> uidsBefore = uids(parse(calendars.ics(ANNA, before, BERLIN)));
        List<String> uidsAfter = uids(parse(calendars.ics(ANNA, after, BERLIN, LocalDate.of(2027, 1, 1))));

        assertThat(uidsAfter).isEqualTo(uidsBefore).doesNotHaveDuplicates();
        assertThat(uidsBefore).noneMatch(uid -> uid.contains(ANNA.value()));
    }

    @Test
    void two_accounts_never_share_a_uid() throws Exception {
        List<String> anna = uids(parse(calendars.ics(ANNA, Routine.guideDefault(), BERLIN)));
        List<String> ben = uids(parse(calendars.ics(new AccountId("acc-ben"), Routine.guideDefault(), BERLIN)));

        assertThat(anna).doesNotContainAnyElementsOf(ben);
    }

    @Test
    void the_same_request_at_the_same_moment_gives_the_same_bytes() {
        byte[] first = calendars.icsBytes(ANNA, Routine.guideDefault(), BERLIN);
        byte[] second = calendars.icsBytes(ANNA, Routine.guideDefault(), BERLIN);

        assertThat(first).isEqualTo(second);
        assertThat(new String(first, java.nio.charset.StandardCharsets.UTF_8)).startsWith("BEGIN:VCALENDAR");
    }

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static List<VEvent> events(Calendar calendar) {
        return calendar.getComponents(Component.VEVENT);
    }

    private static List<String> uids(Calendar calendar) {
        return events(calendar).stream().map(e -> value(e, Property.UID)).toList();
    }

    private static Temporal start(VEvent event) {
        DtStart<Temporal> start = event.getRequiredProperty(Property.DTSTART);
        return start.getDate();
    }

    private static String value(net.fortuna.ical4j.model.PropertyContainer container, String name) {
        return container.getProperty(name).map(p -> ((Property) p).getValue()).orElseThrow();
    }
}
