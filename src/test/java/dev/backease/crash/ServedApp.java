package dev.backease.crash;

import dev.backease.account.AccountActions;
import dev.backease.account.PasswordPolicy;
import dev.backease.journal.EntryValidation;
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
import dev.backease.store.Argon2PasswordHasher;
import dev.backease.store.Database;
import dev.backease.store.GuideFile;
import dev.backease.store.JdbiAccountStore;
import dev.backease.store.JdbiJournalEntries;
import dev.backease.store.JdbiSessions;
import dev.backease.web.AccountRoutes;
import dev.backease.web.JournalRoutes;
import dev.backease.web.SessionRoutes;
import dev.backease.web.TokenAuthenticator;
import dev.backease.web.WebCookies;
import dev.backease.web.WebServer;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The accounts, journal and sessions API served in this JVM on a database the test controls, wired
 * as App wires them, so a test can pull the database away underneath a running server.
 */
final class ServedApp implements AutoCloseable {
    private final Database database;
    private final WebServer server;

    private ServedApp(Database database, WebServer server) {
        this.database = database;
        this.server = server;
    }

    static ServedApp start(String dbUrl) {
        Database database = Database.open(dbUrl, Map.of(Database.CONNECT_TIMEOUT_VARIABLE, "2"));
        Clock clock = Clock.systemUTC();
        AccountActions accounts = AccountActions.create(JdbiAccountStore.repositories(database),
                new Argon2PasswordHasher(), PasswordPolicy.standard(), clock);
        WebCookies cookies = new WebCookies(false);
        TokenAuthenticator authenticator = new TokenAuthenticator(accounts, cookies);
        JournalEntries entries = new JdbiJournalEntries(database, clock);
        EntryValidation validation = new EntryValidation(clock);
        JournalRoutes.Journal journal = new JournalRoutes.Journal(entries, new RecordingEntry(entries, validation),
                new GivingAdvice(entries, FollowUp.standard("112"), clock),
                new TrackingProgress(entries, clock), new JournalEntryReader(validation));
        Sessions sessions = new JdbiSessions(database);
        LiveSession engine = new LiveSession(clock);
        Screening screening = new Screening("112");
        Planner planner = new Planner(GuideFile.loadDefault());
        WebServer server = new WebServer(List.of(
                new AccountRoutes(accounts, authenticator, cookies),
                new JournalRoutes(journal, accounts.auditLog(), clock),
                new SessionRoutes(screening, planner, sessions, new StartingSession(sessions, engine),
                        new ApplyingSessionEvent(sessions, engine), accounts.auditLog(), clock)),
                authenticator, WebServer.DEFAULT_MAX_BODY_BYTES).start("127.0.0.1", 0);
        return new ServedApp(database, server);
    }

    int port() {
        return server.port();
    }

    @Override
    public void close() {
        server.stop();
        database.close();
    }
}
