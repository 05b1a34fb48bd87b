package dev.backease.bench;

import dev.backease.content.Condition;
import dev.backease.content.Guide;
import dev.backease.content.Injury;
import dev.backease.content.Mode;
import dev.backease.content.PainCharacter;
import dev.backease.content.Tool;
import dev.backease.content.Trend;
import dev.backease.planning.Plan;
import dev.backease.planning.Planner;
import dev.backease.screening.Giver;
import dev.backease.screening.Intake;
import dev.backease.screening.Pain;
import dev.backease.screening.Screening;
import dev.backease.screening.ScreeningResult;
import dev.backease.store.GuideFile;
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

/** Screening and planning one intake: the work behind POST /api/v1/screenings and /plans. Run: bench/jmh.sh */
@State(Scope.Benchmark)
@BenchmarkMode(org.openjdk.jmh.annotations.Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ScreeningAndPlanningBenchmark {
    private Screening screening;
    private Planner planner;
    private Intake partnerIntake;
    private Intake selfIntake;
    private ScreeningResult partnerScreening;

    @Setup
    public void setUp() {
        Guide guide = GuideFile.loadDefault();
        screening = new Screening("112");
        planner = new Planner(guide);
        partnerIntake = new Intake(Mode.PARTNER,
                new Pain(4, Set.of(PainCharacter.ACHING), 3, Trend.SAME, false, false, false, false, null),
                Injury.NONE, Set.of(), Set.of(Condition.BLOOD_THINNERS), Set.of(), new Giver(false), true,
                Set.of(Tool.MASSAGE_OIL, Tool.WARM_TOWEL, Tool.PILLOWS), 15, 6);
        selfIntake = new Intake(Mode.SELF, Pain.of(3, 2), Injury.NONE, Set.of(), Set.of(), Set.of(),
                Giver.NOTHING_REPORTED, true, Set.of(Tool.TENNIS_BALL, Tool.FOAM_ROLLER, Tool.HEAT_PAD), 10, 6);
        partnerScreening = screening.screen(partnerIntake);
    }

    @Benchmark
    public ScreeningResult screen() {
        return screening.screen(partnerIntake);
    }

    @Benchmark
    public Plan planPartner() {
        return planner.plan(partnerIntake, partnerScreening);
    }

    @Benchmark
    public Plan screenAndPlanSelf() {
        return planner.plan(selfIntake, screening.screen(selfIntake));
    }
}
