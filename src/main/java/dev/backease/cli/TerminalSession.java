package dev.backease.cli;

import dev.backease.account.AccountId;
import dev.backease.content.AreaNames;
import dev.backease.content.Symptom;
import dev.backease.content.WireId;
import dev.backease.planning.PlanStep;
import dev.backease.session.ApplyingSessionEvent;
import dev.backease.session.Outcome;
import dev.backease.session.SessionEvent;
import dev.backease.session.SessionState;
import dev.backease.session.SessionStatus;
import dev.backease.session.SkinChange;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Guides a live session in a plain terminal: one command per line (Enter refreshes the countdown).
 * It drives the same engine as the API, so every safety rule applies here too. The screen stream is
 * separate from stdout so that stdout can carry only the final JSON.
 *
 * <p>Keys: Enter start/refresh · p pause/resume · n next step · f finish · 0-10 how strong it feels ·
 * g guarding · s or q STOP · {@code symptom NAME} · {@code skin CHANGE} · h help. Ctrl-C stops too
 * (see {@link #shutdownHook()}).
 */
public final class TerminalSession {
    private static final int BAR_WIDTH = 20;
    private final ApplyingSessionEvent applying;
    private final AccountId owner;
    private final BufferedReader in;
    private final PrintStream screen;
    private final Clock clock;
    private final AtomicReference<SessionState> current = new AtomicReference<>();
    private final StepTimer timer = new StepTimer();

    public TerminalSession(ApplyingSessionEvent applying, AccountId owner, InputStream in, PrintStream screen,
            Clock clock) {
        this.applying = applying;
        this.owner = owner;
        this.in = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        this.screen = screen;
        this.clock = clock;
    }

    /** Runs the session until it is stopped or completed, or the input ends; returns where it ended. */
    public SessionState run(SessionState start) {
        current.set(start);
        timer.seen(start, clock.instant());
        screen.println("BackEase live session. Agree on the 0-10 scale and a stop word or hand signal first.");
        help();
        render();
        String line;
        while (!current.get().status().isOver() && (line = readLine()) != null) {
            handle(line.trim().toLowerCase(Locale.ROOT));
        }
        if (!current.get().status().isOver()) {
            inputEnded();
        }
        return current.get();
    }

    /** For Ctrl-C: the session is stopped as if the stop signal was given, so it never stays open. */
    public Thread shutdownHook() {
        return new Thread(() -> {
            SessionState state = current.get();
            if (state != null && !state.status().isOver()) {
                send(new SessionEvent.StopSignal(null));
            }
        }, "backease-session-stop");
    }

    public SessionState current() {
        return current.get();
    }

    /**
     * For an interactive terminal: shows the countdown by itself every ten seconds while a step runs,
     * and says when its time is up, so nobody has to press Enter with oily hands. A daemon thread, so
     * it never keeps the program alive.
     */
    public void startTicker() {
        Thread ticker = new Thread(this::tick, "backease-session-ticker");
        ticker.setDaemon(true);
        ticker.start();
    }

    private void tick() {
        long lastShown = -1;
        while (!current.get().status().isOver()) {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            SessionState state = current.get();
            PlanStep step = state.step();
            if (state.status() != SessionStatus.RUNNING || step == null) {
                continue;
            }
            long left = Math.max(0, step.durationSeconds() - timer.elapsed(clock.instant()).toSeconds());
            long slot = left == 0 ? 0 : (left + 9) / 10;
            if (slot != lastShown) {
                lastShown = slot;
                synchronized (this) {
                    screen.println("  " + countdown(step));
                }
            }
        }
    }

    private void handle(String line) {
        if (line.isEmpty()) {
            if (current.get().status() == SessionStatus.READY) {
                send(new SessionEvent.Start(null));
            } else {
                render();
            }
            return;
        }
        Optional<SessionEvent> event = parse(line);
        if (event.isPresent()) {
            send(event.get());
        } else if (line.equals("h") || line.equals("?")) {
            help();
        } else {
            screen.println("Unknown key '" + line + "'. Press h for help; s stops at once.");
        }
    }

    private Optional<SessionEvent> parse(String line) {
        if (line.equals("s") || line.equals("q") || line.equals("stop")) {
            return Optional.of(new SessionEvent.StopSignal(null));
        }
        if (line.equals("p")) {
            return Optional.of(current.get().status() == SessionStatus.PAUSED
                    ? new SessionEvent.Resume(null) : new SessionEvent.Pause(null));
        }
        if (line.equals("n")) {
            return Optional.of(new SessionEvent.NextStep(null));
        }
        if (line.equals("f")) {
            return Optional.of(new SessionEvent.Finish(null));
        }
        if (line.equals("g")) {
            return Optional.of(new SessionEvent.Guarding(null));
        }
        if (line.matches("10|[0-9]")) {
            return Optional.of(new SessionEvent.PressureReport(Integer.parseInt(line), null));
        }
        return word(line, "symptom ", Symptom.class).<SessionEvent>map(s -> new SessionEvent.SymptomReported(s, null))
                .or(() -> word(line, "skin ", SkinChange.class).map(c -> new SessionEvent.SkinChangeSeen(c, null)));
    }

    private static <E extends Enum<E> & WireId> Optional<E> word(String line, String prefix, Class<E> type) {
        return line.startsWith(prefix) ? WireId.parse(type, line.substring(prefix.length()).trim()) : Optional.empty();
    }

    private synchronized void send(SessionEvent event) {
        SessionState before = current.get();
        Optional<Outcome> outcome = applying.apply(owner, before.id(), event);
        if (outcome.isEmpty()) {
            screen.println("The session is no longer there.");
            return;
        }
        if (outcome.get() instanceof Outcome.Rejected rejected) {
            screen.println("Not now: " + rejected.reason() + ".");
            return;
        }
        SessionState after = ((Outcome.Applied) outcome.get()).state();
        current.set(after);
        timer.seen(after, clock.instant());
        render();
    }

    private void inputEnded() {
        if (current.get().status() == SessionStatus.RUNNING) {
            send(new SessionEvent.Pause(null));
        }
        screen.println("Input ended: the session is left " + current.get().status().id() + ".");
    }

    private void render() {
        SessionState state = current.get();
        screen.println();
        PlanStep step = state.step();
        if (step != null && !state.status().isOver()) {
            screen.printf("Step %d of %d: %s%n", state.stepIndex() + 1, state.plan().steps().size(), step.name());
            screen.println("  Where: " + AreaNames.of(step.area()));
            screen.println("  " + step.instructions());
            screen.printf("  Pressure: %d/10 (comfort limit %d)%n", state.pressureTarget(), state.comfortMax());
            screen.println("  " + countdown(step));
        }
        screen.println("  " + state.status().id().toUpperCase(Locale.ROOT) + stopNote(state));
        state.actions().forEach(action -> screen.println("  -> " + action));
    }

    private static String stopNote(SessionState state) {
        if (state.status() == SessionStatus.STOPPED) {
            return " (" + state.stopReason() + "; see a professional: " + state.referral().id() + ")";
        }
        return "";
    }

    private String countdown(PlanStep step) {
        long total = Math.max(1, step.durationSeconds());
        long elapsed = Math.min(total, timer.elapsed(clock.instant()).toSeconds());
        int filled = (int) (BAR_WIDTH * elapsed / total);
        String bar = "#".repeat(filled) + "-".repeat(BAR_WIDTH - filled);
        String left = clockText(total - elapsed) + " left of " + clockText(total);
        return "[" + bar + "] " + left + (elapsed >= total ? " - time is up: press n for the next step" : "");
    }

    private static String clockText(long seconds) {
        return String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }

    private void help() {
        screen.println("Keys (then Enter): Enter start/refresh, p pause/resume, n next step, f finish, "
                + "0-10 how strong it feels, g guarding, s or q STOP, symptom NAME, skin CHANGE, h help.");
    }

    private String readLine() {
        try {
            return in.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Running time spent on the current step: it counts only while running and restarts with each step. */
    private static final class StepTimer {
        private int stepIndex = -1;
        private Duration banked = Duration.ZERO;
        private Instant runningSince;

        synchronized void seen(SessionState state, Instant now) {
            if (state.stepIndex() != stepIndex) {
                stepIndex = state.stepIndex();
                banked = Duration.ZERO;
                runningSince = null;
            }
            boolean running = state.status() == SessionStatus.RUNNING;
            if (running && runningSince == null) {
                runningSince = now;
            } else if (!running && runningSince != null) {
                banked = banked.plus(Duration.between(runningSince, now));
                runningSince = null;
            }
        }

        synchronized Duration elapsed(Instant now) {
            return runningSince == null ? banked : banked.plus(Duration.between(runningSince, now));
        }
    }
}
