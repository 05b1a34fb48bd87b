package dev.backease.bench;

import dev.backease.content.Symptom;
import dev.backease.journal.Advice;
import dev.backease.journal.FollowUp;
import dev.backease.journal.Journal;
import dev.backease.journal.JournalEntry;
import dev.backease.journal.Progress;
import dev.backease.journal.ProgressReport;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Follow-up advice and progress over ten years of a twice-daily journal (7,300 entries): the work
 * behind GET /api/v1/journal/advice and /progress once the entries are loaded. Run: bench/jmh.sh Journal
 */
@State(Scope.Benchmark)
@BenchmarkMode(org.openjdk.jmh.annotations.Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class JournalBenchmark {
    static final int ENTRIES = 7_300;
    private static final Instant START = Instant.parse("2016-11-01T08:00:00Z");
    private static final List<String> TECHNIQUES = List.of("effleurage", "petrissage", "palm_strokes", "ball_release");

    private final FollowUp followUp = FollowUp.standard("112");
    private final ProgressReport report = new ProgressReport(ZoneOffset.UTC);
    private List<JournalEntry> journal;
    private Journal kept;
    private Instant asOf;

    /** A session every morning and a check-in every evening, pain wandering between 1 and 7. */
    @Setup
    public void setUp() {
        journal = new ArrayList<>(ENTRIES);
        for (int day = 0; journal.size() < ENTRIES; day++) {
            Instant morning = START.plus(Duration.ofDays(day));
            int pain = 1 + (day * 7 + day / 3) % 7;
            List<String> used = List.of(TECHNIQUES.get(day % 4), TECHNIQUES.get((day + 1) % 4));
            journal.add(JournalEntry.session(morning, pain, Math.max(0, pain - 2)).withTechniques(used, used.subList(0, 1)));
            JournalEntry checkIn = JournalEntry.checkIn(morning.plus(Duration.ofHours(12)), pain, day % 9 == 0);
            journal.add(day % 365 == 0 ? checkIn.withSymptoms(Set.of(Symptom.LEG_TINGLING)) : checkIn);
        }
        asOf = journal.get(journal.size() - 1).at().plus(Duration.ofHours(1));
        kept = new Journal(journal);
    }

    /** The rules over the whole journal: what advice costs right after the journal changed. */
    @Benchmark
    public Advice advice() {
        return followUp.advise(asOf, journal);
    }

    /** Advice again from the kept journal, seen as before: what every other request costs. */
    @Benchmark
    public Advice keptAdvice() {
        return followUp.advise(asOf, kept);
    }

    @Benchmark
    public Progress progress() {
        return report.of(asOf, journal);
    }
}
