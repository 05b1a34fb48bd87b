package dev.backease.crash;

import static dev.backease.crash.ApiClient.json;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A few clients writing at once as fast as the server answers: journal entries, new live sessions and
 * their events (start, then pause and resume in turn). Every 2xx goes into the ledger.
 */
final class WriteLoad {
    private static final int EVENTS_PER_SESSION = 12;

    private final int port;
    private final String token;
    private final Ledger ledger;
    private final AtomicBoolean killed = new AtomicBoolean();
    private final AtomicInteger entryNumber;
    private final List<Thread> clients = new ArrayList<>();

    WriteLoad(int port, String token, Ledger ledger, AtomicInteger entryNumber) {
        this.port = port;
        this.token = token;
        this.ledger = ledger;
        this.entryNumber = entryNumber;
    }

    void start(int clientCount) {
        for (int i = 0; i < clientCount; i++) {
            Thread client = new Thread(this::write, "crash-client-" + i);
            client.setDaemon(true);
            clients.add(client);
            client.start();
        }
    }

    /** Called just before the kill, so that a failure seen later is known to be the kill's doing. */
    void serverIsBeingKilled() {
        killed.set(true);
    }

    void awaitClients() throws InterruptedException {
        for (Thread client : clients) {
            client.join(TimeUnit.SECONDS.toMillis(30));
            if (client.isAlive()) {
                throw new AssertionError(client.getName() + " still runs 30 s after the kill");
            }
        }
    }

    private void write() {
        ApiClient api = new ApiClient(port).withToken(token);
        String session = null;
        int events = 0;
        while (true) {
            boolean answered;
            if (ThreadLocalRandom.current().nextBoolean()) {
                answered = writeEntry(api);
            } else if (session == null || events >= EVENTS_PER_SESSION) {
                session = createSession(api);
                events = 0;
                answered = session != null;
            } else {
                answered = sendEvent(api, session, events);
                events++;
            }
            if (!answered) {
                return;
            }
        }
    }

    private boolean writeEntry(ApiClient api) {
        Optional<HttpResponse<String>> answer =
                api.tryPost("/api/v1/journal/entries", ApiClient.journalEntry(entryNumber.incrementAndGet()));
        if (acknowledged(answer, 201)) {
            ledger.entryStored(json(answer.get()));
        }
        return answer.isPresent();
    }

    private String createSession(ApiClient api) {
        Optional<HttpResponse<String>> answer = api.tryPost("/api/v1/sessions", ApiClient.INTAKE);
        if (!acknowledged(answer, 201)) {
            return null;
        }
        String id = json(answer.get()).get("id").textValue();
        ledger.sessionStored(id, 0);
        return id;
    }

    private boolean sendEvent(ApiClient api, String session, int eventsSoFar) {
        Optional<HttpResponse<String>> answer =
                api.tryPost("/api/v1/sessions/" + session + "/events", "{\"type\":\"" + nextEvent(eventsSoFar) + "\"}");
        if (acknowledged(answer, 200)) {
            ledger.sessionStored(session, eventsSoFar + 1);
            return true;
        }
        return false;
    }

    /** start, then pause and resume in turn: a session that stays open and never stops. */
    static String nextEvent(int eventsSoFar) {
        if (eventsSoFar == 0) {
            return "start";
        }
        return eventsSoFar % 2 == 1 ? "pause" : "resume";
    }

    private boolean acknowledged(Optional<HttpResponse<String>> answer, int expected) {
        if (answer.isPresent() && answer.get().statusCode() == expected) {
            return true;
        }
        if (!killed.get()) {
            ledger.unexpected(answer.map(r -> r.request().method() + " " + r.uri().getPath() + " -> "
                    + r.statusCode() + " " + r.body()).orElse("no answer while the server was up"));
        }
        return false;
    }
}
