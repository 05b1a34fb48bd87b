package dev.backease.bench;

import dev.backease.json.DocumentWriter;
import dev.backease.json.IntakeReader;
import dev.backease.json.Json;
import dev.backease.screening.Intake;
import dev.backease.screening.Screening;
import java.nio.charset.StandardCharsets;
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
 * The work of POST /api/v1/screenings without HTTP: the body's bytes read and checked, screened, and
 * the answer's bytes written, as {@code ScreeningRoutes} does. Run: bench/jmh.sh ScreeningRequest
 */
@State(Scope.Benchmark)
@BenchmarkMode(org.openjdk.jmh.annotations.Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ScreeningRequestBenchmark {
    /** The body bench/post-intake.lua sends. */
    static final byte[] BODY = ("{\"mode\":\"partner\",\"pain\":{\"intensity\":4,\"character\":[\"aching\"],"
            + "\"durationDays\":3,\"trend\":\"same\"},\"injury\":\"none\",\"symptoms\":[],"
            + "\"conditions\":[\"blood_thinners\"],\"tools\":[\"tennis_ball\",\"massage_oil\"],"
            + "\"minutesAvailable\":10,\"comfortMax\":6}").getBytes(StandardCharsets.UTF_8);

    private Screening screening;
    private Intake intake;

    @Setup
    public void setUp() {
        screening = new Screening("112");
        intake = IntakeReader.read(BODY);
    }

    @Benchmark
    public byte[] wholeRequest() {
        return DocumentWriter.screeningResultBytes(screening.screen(IntakeReader.read(BODY)));
    }

    @Benchmark
    public Intake readIntake() {
        return IntakeReader.read(BODY);
    }

    @Benchmark
    public byte[] screenAndWrite() {
        return DocumentWriter.screeningResultBytes(screening.screen(intake));
    }
}
