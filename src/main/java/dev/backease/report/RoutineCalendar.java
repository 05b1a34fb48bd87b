package dev.backease.report;

import dev.backease.account.AccountId;
import dev.backease.journal.Routine;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.HexFormat;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Action;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.transform.recurrence.Frequency;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * The guide's routine (short sessions once or twice a day) as an iCalendar file or feed.
 *
 * <p>Each reminder time is one VEVENT repeating daily. Start times carry the person's time zone
 * (TZID plus its VTIMEZONE), so 08:00 stays 08:00 across daylight-saving changes; fixed-offset zones
 * such as UTC are written as UTC times, which every calendar reads the same way. UIDs depend only on
 * the account and the slot (first or second reminder of the day), so importing again or refreshing a
 * feed updates the events instead of duplicating them. The account id is hashed into the UID so a
 * shared calendar does not reveal it.
 */
public final class RoutineCalendar {
    public static final String PRODID = "-//BackEase//Massage routine//EN";
    public static final String MEDIA_TYPE = "text/calendar; charset=utf-8";
    static final String CALENDAR_NAME = "BackEase massage routine";
    static final String UID_DOMAIN = "routine.backease.dev";

    /** From the guide's FAQ "How long and how often should someone massage?" and its aftercare and stop signs. */
    static final String PLAN = "Short and regular beats long and rare: 5-15 minutes, once or twice a day."
            + " Warm up with light, slow strokes, then firmer pressure on tight spots beside the spine,"
            + " never on the spine itself. Afterwards stretch gently, use heat for 10-15 minutes if still"
            + " tight, and drink some water.";
    static final String STOP = "Stop and seek help if pain turns sharp or shoots down a leg, or if numbness,"
            + " tingling, leg weakness, dizziness, chest pain or shortness of breath appear. Loss of bladder"
            + " or bowel control, or numbness in the groin, needs emergency care now.";

    private final Clock clock;
    private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();

    public RoutineCalendar(Clock clock) {
        this.clock = clock;
    }

    public static String summary(Routine routine) {
        return "BackEase: lower-back massage (" + routine.minutes() + " min)";
    }

    public static String description(Routine routine) {
        return "Today's session: " + routine.minutes() + " minutes. " + PLAN + "\n\n" + STOP;
    }

    /** The calendar starting today (in {@code zone}), as iCalendar text. */
    public String ics(AccountId owner, Routine routine, ZoneId zone) {
        return ics(owner, routine, zone, LocalDate.now(clock.withZone(zone)));
    }

    public String ics(AccountId owner, Routine routine, ZoneId zone, LocalDate firstDay) {
        Calendar calendar = calendar(owner, routine, zone, firstDay);
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(true).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("the routine calendar did not validate: " + e.getMessage(), e);
        }
        return out.toString();
    }

    /** UTF-8 bytes, for a {@code .ics} download or a feed response alike. */
    public byte[] icsBytes(AccountId owner, Routine routine, ZoneId zone) {
        return ics(owner, routine, zone).getBytes(StandardCharsets.UTF_8);
    }

    /** The UID of one reminder slot (0 = first of the day): the same for an account whatever the time. */
    public static String uid(AccountId owner, int slot) {
        return "routine-" + hash(owner.value()) + "-" + (slot + 1) + "@" + UID_DOMAIN;
    }

    private Calendar calendar(AccountId owner, Routine routine, ZoneId zone, LocalDate firstDay) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", CALENDAR_NAME));
        // Feed subscribers re-read twice a day, so a changed reminder time shows up the same day.
        calendar.add(new XProperty("X-PUBLISHED-TTL", "PT12H"));
        boolean fixedOffset = zone.normalized() instanceof ZoneOffset;
        if (!fixedOffset) {
            calendar.add(zones.getTimeZone(zone.getId()).getVTimeZone());
        }
        for (int slot = 0; slot < routine.reminders().size(); slot++) {
            LocalTime time = routine.reminders().get(slot);
            ZonedDateTime local = firstDay.atTime(time).atZone(zone);
            Temporal start = fixedOffset ? local.toInstant() : local;
            calendar.add(event(owner, routine, slot, start));
        }
        return calendar;
    }

    private VEvent event(AccountId owner, Routine routine, int slot, Temporal start) {
        VEvent event = new VEvent(false);
        event.add(new Uid(uid(owner, slot)));
        event.add(new DtStamp(clock.instant().truncatedTo(ChronoUnit.SECONDS)));
        event.add(new DtStart<>(start));
        event.add(new net.fortuna.ical4j.model.property.Duration(Duration.ofMinutes(routine.minutes())));
        event.add(new RRule<>(new Recur.Builder<Temporal>().frequency(Frequency.DAILY).build()));
        event.add(new Summary(summary(routine)));
        event.add(new Description(description(routine)));
        event.add(reminderAlarm(routine));
        return event;
    }

    /** A pop-up at the start time: the point of the calendar is the reminder. */
    private static VAlarm reminderAlarm(Routine routine) {
        VAlarm alarm = new VAlarm(Duration.ZERO);
        alarm.add(new Action(Action.VALUE_DISPLAY));
        alarm.add(new Description(summary(routine)));
        return alarm;
    }

    private static String hash(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
