package dev.backease;

import dev.backease.cli.Cli;
import dev.backease.cli.JournalCommand;
import dev.backease.cli.PlanCommand;
import dev.backease.cli.ScreenCommand;
import dev.backease.cli.ServeCommand;
import dev.backease.cli.SessionCommand;
import dev.backease.cli.Terminal;
import dev.backease.cli.UsersCommand;
import dev.backease.content.Guide;
import dev.backease.journal.EntryValidation;
import dev.backease.account.KeepingCalendarFeed;
import dev.backease.journal.FollowUp;
import dev.backease.journal.GivingAdvice;
import dev.backease.journal.JournalEntries;
import dev.backease.journal.RecordingEntry;
import dev.backease.journal.TrackingProgress;
import dev.backease.json.JournalEntryReader;
import dev.backease.planning.Planner;
import dev.backease.screening.Screening;
import dev.backease.session.ApplyingSessionEvent;
import dev.backease.session.LiveSession;
import dev.backease.session.Sessions;
import dev.backease.session.StartingSession;
import dev.backease.session.StopRules;
import dev.backease.store.Database;
import dev.backease.store.GuideFile;
import dev.backease.store.JdbiCalendarFeeds;
import dev.backease.store.JdbiJournalEntries;
import dev.backease.store.JdbiSessions;
import dev.backease.web.AccountRoutes;
import dev.backease.web.CalendarFeedRoutes;
import dev.backease.web.CsrfForPages;
import dev.backease.web.TransportSecurity;
import dev.backease.web.JournalExports;
import dev.backease.web.JournalPages;
import dev.backease.web.JournalRoutes;
import dev.backease.web.pages.GuideTechniques;
import dev.backease.web.pages.PageRoutes;
import dev.backease.web.ScreeningRoutes;
import dev.backease.web.SessionRoutes;
import dev.backease.web.WebServer;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.Map;
import java.util.function.Supplier;

/** The composition root: builds every part by hand and runs the command line. */
public final class App {
    private final Map<String, String> env;
    private final Supplier<Guide> guide = once(GuideFile::loadDefault);
    private final Clock clock = Clock.systemUTC();
    private Backend backend;

    public App(Map<String, String> env) {
        this.env = env;
    }

    public static void main(String[] args) {
        Terminal terminal = new Terminal(System.in, utf8(FileDescriptor.out), utf8(FileDescriptor.err));
        System.exit(new App(System.getenv()).run(args, terminal));
    }

    int run(String[] args, Terminal terminal) {
        if (args.length > 0 && NEEDS_THE_GUIDE.contains(args[0])) {
            readTheGuideMeanwhile();
        }
        return Cli.run(args, terminal, commands(terminal));
    }

    /** The commands that plan sessions, so need the guide as data. */
    private static final List<String> NEEDS_THE_GUIDE = List.of("serve", "plan", "session");

    /**
     * Reads the guide on the second core while this one parses the command line and opens the
     * database: reading and checking it is a fifth of a second of start-up that depends on neither.
     * A broken guide is reported by whoever needs it next, the normal way.
     */
    private void readTheGuideMeanwhile() {
        Thread reader = new Thread(() -> {
            try {
                guide.get();
            } catch (RuntimeException brokenContent) {
                // reported when the command asks for the guide itself
            }
        }, "backease-guide-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** Every subcommand of {@code backease}; a feature adds its command here. */
    private List<Object> commands(Terminal terminal) {
        return List.of(
                new ScreenCommand(env, terminal, this::screening),
                new PlanCommand(env, terminal, this::screening, this::planner),
                new ServeCommand(env, terminal, this::webServer),
                new UsersCommand(env, config -> backend(config).accounts().signingUp(),
                        terminal.in(), terminal.out(), terminal.err()),
                new JournalCommand(env, terminal, this::journalForCli),
                new SessionCommand(env, terminal, this::sessionParts, clock));
    }

    /** The database-backed parts, opened on first use by the command that needs them. */
    synchronized Backend backend(Config config) {
        if (backend == null) {
            backend = Backend.open(config, env, clock);
        }
        return backend;
    }

    private Screening screening(Config config) {
        return new Screening(config.emergencyNumber());
    }

    private Planner planner() {
        return new Planner(guide.get());
    }

    public WebServer webServer(Config config) {
        // The schema is brought up to date on the second core while this one reads the guide and
        // builds and starts the web server: start-up is mostly these, and they do not depend on
        // each other. Requests that arrive first wait for the database (WebServer's readiness).
        CompletableFuture<Void> ready = new CompletableFuture<>();
        Backend data = backendMigratingInBackground(config, ready);
        return new WebServer(List.of(
                new TransportSecurity(data.cookies()),
                new CsrfForPages(data.authenticator()),
                new PageRoutes(screening(config), planner(), new GuideTechniques(guide.get())),
                new ScreeningRoutes(screening(config), planner()),
                new AccountRoutes(data.accounts(), data.authenticator(), data.cookies()),
                new JournalRoutes(journal(config), data.accounts().auditLog(), clock),
                new JournalPages(journal(config), data.accounts().auditLog(), data.authenticator(),
                        new GuideTechniques(guide.get()), config.emergencyNumber(), clock),
                new CalendarFeedRoutes(new KeepingCalendarFeed(new JdbiCalendarFeeds(data.database()),
                        data.accounts().auditLog(), clock), data.accounts().auditLog(), data.authenticator(), clock),
                new JournalExports(journal(config), data.accounts().accounts(), data.accounts().auditLog(),
                        data.authenticator(), clock),
                sessionRoutes(config, data)),
                data.authenticator(), config.maxBodyBytes(), ready, config.httpThreads());
    }

    /** Opens the database without waiting for its migrations, which complete {@code ready}. */
    private synchronized Backend backendMigratingInBackground(Config config, CompletableFuture<Void> ready) {
        if (backend != null) {
            ready.complete(null);
            return backend;
        }
        Database database = Database.connect(config.dbUrl(), env);
        Thread migrator = new Thread(() -> {
            try {
                database.migrate();
                ready.complete(null);
            } catch (Throwable e) {
                ready.completeExceptionally(e);
            }
        }, "backease-migrate");
        migrator.setDaemon(true);
        migrator.start();
        backend = Backend.on(database, env, clock);
        return backend;
    }

    /** The journal in the same database as the accounts, with follow-up advice naming the configured number. */
    JournalRoutes.Journal journal(Config config) {
        JournalEntries entries = new JdbiJournalEntries(backend(config).database(), clock);
        EntryValidation validation = new EntryValidation(clock);
        return new JournalRoutes.Journal(entries, new RecordingEntry(entries, validation),
                new GivingAdvice(entries, FollowUp.standard(config.emergencyNumber()), clock),
                new TrackingProgress(entries, clock), new JournalEntryReader(validation));
    }

    private JournalCommand.Journal journalForCli(Config config) {
        JournalRoutes.Journal journal = journal(config);
        Backend data = backend(config);
        return new JournalCommand.Journal(journal.entries(), journal.recording(), journal.advice(), journal.reader(),
                once(data.localAccount()::id), data.accounts().auditLog(), clock);
    }

    private SessionRoutes sessionRoutes(Config config, Backend data) {
        Sessions sessions = new JdbiSessions(data.database());
        LiveSession engine = liveSession(config);
        TrackingProgress progress = journal(config).progress();
        return new SessionRoutes(screening(config), planner(), sessions, new StartingSession(sessions, engine),
                new ApplyingSessionEvent(sessions, engine), data.accounts().auditLog(), clock,
                owner -> progress.preference(owner).preferredTechniques());
    }

    /** The CLI's session: the same database as serve, acting for the local account. */
    private SessionCommand.Parts sessionParts(Config config) {
        Backend data = backend(config);
        Sessions sessions = new JdbiSessions(data.database());
        LiveSession engine = liveSession(config);
        Screening screening = screening(config);
        return new SessionCommand.Parts(intake -> planner().plan(intake, screening.screen(intake)),
                new StartingSession(sessions, engine), new ApplyingSessionEvent(sessions, engine),
                data.localAccount()::id);
    }

    /** Sessions stop with the configured emergency number in their advice, as screening does. */
    private LiveSession liveSession(Config config) {
        return new LiveSession(clock, new StopRules(config.emergencyNumber()));
    }

    private static PrintStream utf8(FileDescriptor fd) {
        return new PrintStream(new FileOutputStream(fd), true, StandardCharsets.UTF_8);
    }

    private static <T> Supplier<T> once(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }
}
