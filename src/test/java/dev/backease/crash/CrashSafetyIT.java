package dev.backease.crash;

import static dev.backease.crash.ApiClient.expect;
import static dev.backease.crash.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged server is killed with SIGKILL while several clients write to it, then started again on
 * the same data, round after round. Every write it answered with a 2xx must still be there, whole,
 * and the database must pass its own integrity check.
 *
 * <p>CI runs one short round per database; {@code bench/crash.sh} runs many:
 * {@code -Dcrash.rounds=20 -Dcrash.clients=4 -Dcrash.minMillis=300 -Dcrash.maxMillis=3000 -Dcrash.seed=N}.
 */
class CrashSafetyIT {
    private static final int ROUNDS = Integer.getInteger("crash.rounds", 1);
    private static final int CLIENTS = Integer.getInteger("crash.clients", 4);
    private static final int MIN_MILLIS = Integer.getInteger("crash.minMillis", 300);
    private static final int MAX_MILLIS = Integer.getInteger("crash.maxMillis", 1200);
    private static final long SEED = Long.getLong("crash.seed", System.nanoTime());

    @TempDir
    Path dir;

    @Test
    void acknowledged_writes_survive_sigkill_on_sqlite() throws Exception {
        Path data = dir.resolve("data");
        String jdbcUrl = "jdbc:sqlite:" + data.resolve("backease.db");
        runRounds("sqlite", List.of("--data", data.toString()), jdbcUrl);
    }

    @Test
    void acknowledged_writes_survive_sigkill_on_postgresql() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start()) {
            String jdbcUrl = postgres.getJdbcUrl("postgres", "postgres");
            runRounds("postgresql", List.of("--data", dir.resolve("data").toString(), "--db", jdbcUrl), jdbcUrl);
        }
    }

    private void runRounds(String database, List<String> storage, String jdbcUrl) throws Exception {
        Path log = Files.createFile(dir.resolve("server.log"));
        Random random = new Random(SEED);
        Ledger ledger = new Ledger();
        AtomicInteger entryNumber = new AtomicInteger();
        String token = null;
        for (int round = 1; round <= ROUNDS; round++) {
            ServerProcess server = ServerProcess.start(storage, log);
            ApiClient api = new ApiClient(server.port());
            if (token == null) {
                token = api.signUp("crash");
            }
            int checked = verifyOverHttp(api.withToken(token), ledger);
            int before = ledger.acknowledgedWrites();
            int killAfter = MIN_MILLIS + random.nextInt(Math.max(1, MAX_MILLIS - MIN_MILLIS));
            WriteLoad load = new WriteLoad(server.port(), token, ledger, entryNumber);
            load.start(CLIENTS);
            Thread.sleep(killAfter);
            load.serverIsBeingKilled();
            server.kill();
            load.awaitClients();
            assertThat(ledger.unexpectedAnswers()).as("answers other than 2xx while the server was up").isEmpty();
            StoredState.Report stored = StoredState.check(jdbcUrl, ledger);
            System.out.printf("CRASH %s round %d/%d (seed %d): killed after %d ms; %d writes acknowledged this round,"
                    + " %d in all; %d checked over HTTP after restart; %s; %d sessions, %d events, %d entries stored%n",
                    database, round, ROUNDS, SEED, killAfter, ledger.acknowledgedWrites() - before,
                    ledger.acknowledgedWrites(), checked, stored.integrity(), stored.sessions(), stored.events(),
                    stored.entries());
            assertThat(ledger.acknowledgedWrites()).as("writes acknowledged in round %d", round).isGreaterThan(before);
        }
        ServerProcess last = ServerProcess.start(storage, log);
        int checked = verifyOverHttp(new ApiClient(last.port()).withToken(token), ledger);
        last.kill();
        System.out.printf("CRASH %s done: %d rounds, %d acknowledged writes, all %d read back over HTTP%n",
                database, ROUNDS, ledger.acknowledgedWrites(), checked);
    }

    /** Every acknowledged entry reads back exactly as answered; every session has at least its events, in order. */
    private static int verifyOverHttp(ApiClient api, Ledger ledger) {
        int checked = 0;
        for (Map.Entry<String, JsonNode> entry : ledger.entries().entrySet()) {
            assertThat(json(expect(200, api.get("/api/v1/journal/entries/" + entry.getKey()))))
                    .as("journal entry %s after restart", entry.getKey()).isEqualTo(entry.getValue());
            checked++;
        }
        for (Map.Entry<String, Integer> session : ledger.sessionEvents().entrySet()) {
            JsonNode state = json(expect(200, api.get("/api/v1/sessions/" + session.getKey())));
            JsonNode events = json(expect(200, api.get("/api/v1/sessions/" + session.getKey() + "/events"))).get("events");
            assertWhole(session.getKey(), state, events, session.getValue());
            checked += 1 + session.getValue();
        }
        return checked;
    }

    /** The events are exactly the ones the clients send, in order, and the state is the one they lead to. */
    private static void assertWhole(String id, JsonNode state, JsonNode events, int acknowledgedEvents) {
        assertThat(events.size()).as("events of session %s", id).isGreaterThanOrEqualTo(acknowledgedEvents);
        assertThat(state.get("eventCount").intValue()).as("event count of session %s", id).isEqualTo(events.size());
        for (int i = 0; i < events.size(); i++) {
            assertThat(events.get(i).get("type").textValue()).isEqualTo(WriteLoad.nextEvent(i));
        }
        String expected = events.isEmpty() ? "ready"
                : WriteLoad.nextEvent(events.size() - 1).equals("pause") ? "paused" : "running";
        assertThat(state.get("state").textValue()).as("state of session %s", id).isEqualTo(expected);
    }
}
