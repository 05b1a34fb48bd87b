package dev.backease.cli;

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
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code backease session FILE}: screens and plans the intake, then guides the session in the terminal.
 * The guidance goes to stderr; stdout gets only the final SessionState as JSON.
 * Exit codes: 0 the session ran, 2 bad input, 1 the session could not start (e.g. massage not allowed).
 */
@Command(name = "session", mixinStandardHelpOptions = true,
        description = "Start a live session from an intake and guide it in the terminal. Prints the final SessionState.")
public final class SessionCommand implements Callable<Integer> {
    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private final Function<Intake, Plan> planning;
    private final StartingSession starting;
    private final ApplyingSessionEvent applying;
    private final Supplier<AccountId> localAccount;
    private final Clock clock;

    @Parameters(index = "0", paramLabel = "FILE", description = "Intake JSON file, or - for stdin")
    String file;

    /**
     * @param planning screens the intake and plans for it (the screening travels inside the plan)
     * @param localAccount the account the CLI acts for, created on first use
     */
    public SessionCommand(InputStream in, PrintStream out, PrintStream err, Function<Intake, Plan> planning,
            StartingSession starting, ApplyingSessionEvent applying, Supplier<AccountId> localAccount, Clock clock) {
        this.in = in;
        this.out = out;
        this.err = err;
        this.planning = planning;
        this.starting = starting;
        this.applying = applying;
        this.localAccount = localAccount;
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
        AccountId owner = localAccount.get();
        Outcome opened = starting.start(owner, intake, planning.apply(intake));
        if (opened instanceof Outcome.Rejected rejected) {
            err.println("The session cannot start: " + rejected.reason());
            return 1;
        }
        SessionState ended = guide(owner, ((Outcome.Applied) opened).state());
        out.println(Json.pretty(SessionJson.sessionState(ended)));
        return 0;
    }

    private SessionState guide(AccountId owner, SessionState start) {
        TerminalSession terminal = new TerminalSession(applying, owner, in, err, clock);
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
