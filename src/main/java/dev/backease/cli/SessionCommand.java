package dev.backease.cli;

import dev.backease.Config;
import dev.backease.account.AccountId;
import dev.backease.json.FieldError;
import dev.backease.json.IntakeReader;
import dev.backease.json.InvalidInputException;
import dev.backease.json.Json;
import dev.backease.json.SessionJson;
import dev.backease.planning.Plan;
import dev.backease.screening.Intake;
import dev.backease.session.ApplyingSessionEvent;
import dev.backease.session.Outcome;
import dev.backease.session.SessionState;
import dev.backease.session.StartingSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code backease session FILE}: screens and plans the intake, then guides the session in the terminal.
 * The guidance goes to stderr; stdout gets only the final SessionState as JSON. The session is kept in
 * the same database as {@code serve} ({@code --db}, {@code --data}), owned by the local account.
 * Exit codes: 0 the session ran, 2 bad input, 1 the session could not start (e.g. massage not allowed).
 */
@Command(name = "session", mixinStandardHelpOptions = true,
        description = "Start a live session from an intake and guide it in the terminal. Prints the final SessionState.")
public final class SessionCommand implements Callable<Integer> {
    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;
    private final Function<Config, Parts> wiring;
    private final Clock clock;

    @Parameters(index = "0", paramLabel = "FILE", description = "Intake JSON file, or - for stdin")
    String file;

    @Mixin
    ConfigOptions.Storage storage;

    @Mixin
    ConfigOptions.Emergency emergency;

    /**
     * What a session needs, built only once the intake has been read, so that bad input never touches
     * the database.
     *
     * @param planning screens the intake and plans for it (the screening travels inside the plan)
     * @param localAccount the account the CLI acts for, created on first use
     */
    public record Parts(Function<Intake, Plan> planning, StartingSession starting, ApplyingSessionEvent applying,
            Supplier<AccountId> localAccount) {}

    /** The composition root's constructor: the parts are built from the resolved configuration. */
    public SessionCommand(Map<String, String> env, Terminal terminal, Function<Config, Parts> wiring, Clock clock) {
        this.in = terminal.in();
        this.out = terminal.out();
        this.err = terminal.err();
        this.env = env;
        this.wiring = wiring;
        this.clock = clock;
    }

    /** Parts given directly, whatever the configuration (tests). */
    public SessionCommand(InputStream in, PrintStream out, PrintStream err, Function<Intake, Plan> planning,
            StartingSession starting, ApplyingSessionEvent applying, Supplier<AccountId> localAccount, Clock clock) {
        this.in = in;
        this.out = out;
        this.err = err;
        this.env = Map.of();
        this.wiring = config -> new Parts(planning, starting, applying, localAccount);
        this.clock = clock;
    }

    @Override
    public Integer call() {
        Intake intake;
        try {
            intake = IntakeReader.read(bytes());
        } catch (InvalidInputException e) {
            e.errors().forEach(error -> err.println(label() + ": " + field(error) + ": " + error.problem()));
            return 2;
        } catch (java.nio.file.NoSuchFileException e) {
            err.println(label() + ": no such file");
            return 2;
        } catch (IOException e) {
            err.println(label() + ": cannot read the file (" + e.getClass().getSimpleName() + ")");
            return 2;
        }
        return run(wiring.apply(ConfigOptions.resolve(env, storage, emergency)), intake);
    }

    private int run(Parts parts, Intake intake) {
        AccountId owner = parts.localAccount().get();
        Outcome opened = parts.starting().start(owner, intake, parts.planning().apply(intake));
        if (opened instanceof Outcome.Rejected rejected) {
            err.println("The session cannot start: " + rejected.reason());
            return 1;
        }
        SessionState ended = guide(parts.applying(), owner, ((Outcome.Applied) opened).state());
        out.println(Json.pretty(SessionJson.sessionState(ended)));
        return 0;
    }

    private SessionState guide(ApplyingSessionEvent applying, AccountId owner, SessionState start) {
        TerminalSession terminal = new TerminalSession(applying, owner, in, err, clock);
        if (System.console() != null) {
            terminal.startTicker();
        }
        Thread stopOnCtrlC = terminal.shutdownHook();
        Runtime.getRuntime().addShutdownHook(stopOnCtrlC);
        try {
            return terminal.run(start);
        } finally {
            Runtime.getRuntime().removeShutdownHook(stopOnCtrlC);
        }
    }

    private byte[] bytes() throws IOException {
        return file.equals("-") ? in.readAllBytes() : Files.readAllBytes(Path.of(file));
    }

    private String label() {
        return file.equals("-") ? "stdin" : file;
    }

    private static String field(FieldError error) {
        return error.field().isEmpty() ? "$" : error.field();
    }
}
