package dev.backease.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.backease.account.AccountId;
import dev.backease.json.IntakeReader;
import dev.backease.json.SessionJson;
import dev.backease.planning.Plan;
import dev.backease.planning.Planner;
import dev.backease.screening.Intake;
import dev.backease.screening.Screening;
import dev.backease.session.InMemorySessions;
import dev.backease.session.LiveSession;
import dev.backease.session.Outcome;
import dev.backease.session.SessionEvent;
import dev.backease.session.SessionId;
import dev.backease.session.SessionState;
import dev.backease.session.StartingSession;
import dev.backease.store.GuideFile;
import java.time.Clock;
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
 * One event applied to a running in-memory session: the engine's share of POST
 * /api/v1/sessions/{id}/events (no HTTP, no database). Snapshots are immutable, so every invocation
 * applies its event to the same running session. Run: bench/jmh.sh SessionEvent
 */
@State(Scope.Benchmark)
@BenchmarkMode(org.openjdk.jmh.annotations.Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SessionEventBenchmark {
    private LiveSession engine;
    private SessionState running;
    private SessionState runningForHours;
    private final SessionEvent.PressureReport tooStrong = new SessionEvent.PressureReport(8, null);
    private final SessionEvent.NextStep nextStep = new SessionEvent.NextStep(null);

    @Setup
    public void setUp() {
        Intake intake = IntakeReader.read("""
                {"mode": "partner", "pain": {"intensity": 3, "durationDays": 4},
                 "tools": ["massage_oil", "pillows"], "minutesAvailable": 15, "comfortMax": 6}""");
        Plan plan = new Planner(GuideFile.loadDefault()).plan(intake, new Screening("112").screen(intake));
        engine = new LiveSession(Clock.systemUTC());
        Outcome opened = new StartingSession(new InMemorySessions(), engine, SessionId::random)
                .start(new AccountId("bench"), intake, plan);
        SessionState ready = ((Outcome.Applied) opened).state();
        running = ((Outcome.Applied) engine.apply(ready, new SessionEvent.Start(null))).state();
        runningForHours = running;
        for (int i = 0; i < 1000; i++) {
            runningForHours = ((Outcome.Applied) engine.apply(runningForHours, new SessionEvent.PressureReport(3, null)))
                    .state();
        }
    }

    @Benchmark
    public Outcome pressureReport() {
        return engine.apply(running, tooStrong);
    }

    @Benchmark
    public Outcome nextStep() {
        return engine.apply(running, nextStep);
    }

    /**
     * The same event and answer after 1,000 earlier events: the snapshot holds only their count, so this
     * should cost what {@link #pressureReportAsJson} costs.
     */
    @Benchmark
    public ObjectNode pressureReportAsJsonAfterAThousandEvents() {
        return SessionJson.sessionState(((Outcome.Applied) engine.apply(runningForHours, tooStrong)).state());
    }

    /** The event plus writing the new state as the API answers it. */
    @Benchmark
    public ObjectNode pressureReportAsJson() {
        return SessionJson.sessionState(((Outcome.Applied) engine.apply(running, tooStrong)).state());
    }
}
