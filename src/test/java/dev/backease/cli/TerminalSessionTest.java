package dev.backease.cli;

import static dev.backease.session.SessionFixture.ALICE;
import static dev.backease.session.SessionFixture.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.backease.content.Mode;
import dev.backease.screening.Intake;
import dev.backease.session.ApplyingSessionEvent;
import dev.backease.session.InMemorySessions;
import dev.backease.session.LiveSession;
import dev.backease.session.MutableClock;
import dev.backease.session.Outcome;
import dev.backease.session.SessionEvent;
import dev.backease.session.SessionFixture;
import dev.backease.session.SessionState;
import dev.backease.session.SessionStatus;
import dev.backease.session.Sessions;
import dev.backease.session.StartingSession;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class TerminalSessionTest {
    private final MutableClock clock = new MutableClock(T0);
    private final Sessions sessions = new InMemorySessions();
    private final LiveSession engine = new LiveSession(clock);
    private final ApplyingSessionEvent applying = new ApplyingSessionEvent(sessions, engine);
    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();

    private SessionState started() {
        Outcome outcome = new StartingSession(sessions, engine).start(ALICE, Intake.minimal(Mode.PARTNER, 4, 3),
                SessionFixture.plan());
        return ((Outcome.Applied) outcome).state();
    }

    private TerminalSession terminal(String keys) {
        return new TerminalSession(applying, ALICE, new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(screen, true, StandardCharsets.UTF_8), clock);
    }

    private String shown() {
        return screen.toString(StandardCharsets.UTF_8);
    }

    @Test
    void enter_starts_and_the_screen_shows_the_step_its_pressure_and_a_countdown() {
        SessionState end = terminal("\n").run(started());

        assertThat(shown()).contains("Step 1 of 3: Warm-up strokes", "Pressure: 2/10 (comfort limit 6)",
                "[--------------------] 1:00 left of 1:00", "RUNNING");
        assertThat(end.status()).isEqualTo(SessionStatus.PAUSED); // input ended while running
        assertThat(shown()).contains("Input ended: the session is left paused.");
    }

    @Test
    void half_the_step_shows_a_half_full_bar() {
        TerminalSession terminal = new TerminalSession(applying, ALICE, new TickingInput(clock, List.of("", "")),
                new PrintStream(screen, true, StandardCharsets.UTF_8), clock);

        terminal.run(started());

        assertThat(shown()).contains("[##########----------] 0:30 left of 1:00");
    }

    @Test
    void s_stops_at_once_and_shows_what_to_do() {
        SessionState end = terminal("\ns\n").run(started());

        assertThat(end.status()).isEqualTo(SessionStatus.STOPPED);
        assertThat(end.stopReason()).isEqualTo("stop_signal");
        assertThat(shown()).contains("STOPPED (stop_signal", "-> Stop immediately and take your hands away.");
    }

    @Test
    void a_pressure_above_comfort_makes_the_screen_say_ease_off() {
        SessionState end = terminal("\nn\n3\n9\nq\n").run(started());

        assertThat(shown()).contains("-> Ease off: they rated it 9, above their comfort limit of 6.");
        assertThat(sessions.events(ALICE, end.id()).orElseThrow()).extracting(SessionEvent::type)
                .containsExactly("start", "next_step", "pressure_report", "pressure_report", "stop_signal");
    }

    @Test
    void p_pauses_and_resumes_and_n_on_the_last_step_completes() {
        SessionState end = terminal("\np\np\nn\nn\nn\n").run(started());

        assertThat(end.status()).isEqualTo(SessionStatus.COMPLETED);
        assertThat(sessions.events(ALICE, end.id()).orElseThrow()).extracting(SessionEvent::type)
                .containsExactly("start", "pause", "resume", "next_step", "next_step", "next_step");
        assertThat(shown()).contains("PAUSED", "COMPLETED");
    }

    @Test
    void a_symptom_typed_in_stops_with_the_guides_referral() {
        SessionState end = terminal("\nsymptom leg_weakness\n").run(started());

        assertThat(end.referral().id()).isEqualTo("emergency");
        assertThat(shown()).contains("Call 112 or go to the emergency department now.");
    }

    @Test
    void an_unknown_key_is_explained_and_a_refused_event_says_why() {
        terminal("x\np\n").run(started());

        assertThat(shown()).contains("Unknown key 'x'", "Not now: cannot pause while the session is ready.");
    }

    @Test
    void ctrl_c_stops_an_open_session_as_a_stop_signal() {
        TerminalSession terminal = terminal("\n");
        terminal.run(started());

        terminal.shutdownHook().run();

        SessionState stored = sessions.findById(ALICE, terminal.current().id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(SessionStatus.STOPPED);
        assertThat(stored.stopReason()).isEqualTo("stop_signal");
    }

    /** Input that hands out one line per read and moves the clock 30 seconds before each later line. */
    private static final class TickingInput extends java.io.InputStream {
        private final MutableClock clock;
        private final java.util.Deque<byte[]> lines = new java.util.ArrayDeque<>();
        private boolean first = true;

        TickingInput(MutableClock clock, List<String> lines) {
            this.clock = clock;
            lines.forEach(line -> this.lines.add((line + "\n").getBytes(StandardCharsets.UTF_8)));
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (lines.isEmpty()) {
                return -1;
            }
            if (!first) {
                clock.advance(Duration.ofSeconds(30));
            }
            first = false;
            byte[] line = lines.poll();
            System.arraycopy(line, 0, buffer, offset, line.length);
            return line.length;
        }

        @Override
        public int read() {
            throw new UnsupportedOperationException("read by lines only");
        }
    }
}
