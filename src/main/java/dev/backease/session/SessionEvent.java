package dev.backease.session;

import dev.backease.content.Symptom;
import java.time.Instant;
import java.util.Objects;

/**
 * Something that happened during a live session (the contract's SessionEvent).
 * {@code at} is when it happened; it is null until the session stamps it with its clock's time,
 * and every event a session keeps carries its time.
 */
public sealed interface SessionEvent {

    /** The contract's lower_snake_case {@code type}. */
    String type();

    Instant at();

    /** The same event at the given time; used to stamp events that came without one. */
    SessionEvent at(Instant when);

    record Start(Instant at) implements SessionEvent {
        public String type() { return "start"; }
        public Start at(Instant when) { return new Start(when); }
    }

    record Pause(Instant at) implements SessionEvent {
        public String type() { return "pause"; }
        public Pause at(Instant when) { return new Pause(when); }
    }

    record Resume(Instant at) implements SessionEvent {
        public String type() { return "resume"; }
        public Resume at(Instant when) { return new Resume(when); }
    }

    record NextStep(Instant at) implements SessionEvent {
        public String type() { return "next_step"; }
        public NextStep at(Instant when) { return new NextStep(when); }
    }

    record Finish(Instant at) implements SessionEvent {
        public String type() { return "finish"; }
        public Finish at(Instant when) { return new Finish(when); }
    }

    /** How strong the pressure feels to the receiver on the agreed 0-10 scale. */
    record PressureReport(int value, Instant at) implements SessionEvent {
        public PressureReport {
            if (value < 0 || value > 10) {
                throw new IllegalArgumentException("a pressure report is 0 to 10, was " + value);
            }
        }
        public String type() { return "pressure_report"; }
        public PressureReport at(Instant when) { return new PressureReport(value, when); }
    }

    /** The giver sees the receiver tense up or wince. */
    record Guarding(Instant at) implements SessionEvent {
        public String type() { return "guarding"; }
        public Guarding at(Instant when) { return new Guarding(when); }
    }

    record SymptomReported(Symptom symptom, Instant at) implements SessionEvent {
        public SymptomReported {
            Objects.requireNonNull(symptom, "symptom");
        }
        public String type() { return "symptom"; }
        public SymptomReported at(Instant when) { return new SymptomReported(symptom, when); }
    }

    /** The agreed safe word or hand signal. */
    record StopSignal(Instant at) implements SessionEvent {
        public String type() { return "stop_signal"; }
        public StopSignal at(Instant when) { return new StopSignal(when); }
    }

    record SkinChangeSeen(SkinChange change, Instant at) implements SessionEvent {
        public SkinChangeSeen {
            Objects.requireNonNull(change, "change");
        }
        public String type() { return "skin_change"; }
        public SkinChangeSeen at(Instant when) { return new SkinChangeSeen(change, when); }
    }
}
