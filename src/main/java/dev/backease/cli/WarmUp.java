package dev.backease.cli;

import dev.backease.web.pages.IntakeForm;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A short tour of a freshly started server, for the launcher's training run: it touches the pages,
 * the API and a signed-in flow once, so the JVM's class-data archive written at exit holds the
 * classes a real start and its first requests need. It runs against a throwaway data folder and
 * reports which requests did not answer as expected (the archive is still written; it is only an
 * optimisation).
 *
 * <p>It runs in a process of its own ({@link #main}, started by {@code serve --warm-up-and-exit}):
 * in the server's process its HTTP client (some 800 classes of {@code java.net.http} and TLS) would
 * be archived too, and an ahead-of-time cache loads every class it holds at each start.
 */
final class WarmUp {
    private static final String INTAKE = "{\"mode\":\"partner\",\"pain\":{\"intensity\":3,\"durationDays\":2}}";
    private static final String PLAYER = "/player?" + IntakeForm.RED_FLAGS.stream()
            .map(flag -> IntakeForm.flagField(flag) + "=no")
            .collect(Collectors.joining("&")) + "&mode=partner&intensity=3&durationDays=2";
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final List<String> surprises = new ArrayList<>();

    WarmUp(String base) {
        this.base = base;
    }

    /** Runs the tour against the server at {@code args[0]}; prints each surprise on a line; exit 1 if any. */
    public static void main(String[] args) throws InterruptedException {
        List<String> surprises = new WarmUp(args[0]).run();
        surprises.forEach(System.out::println);
        System.exit(surprises.isEmpty() ? 0 : 1);
    }

    /** Runs the tour; answers the requests that did not get the expected status. */
    List<String> run() throws InterruptedException {
        expect(200, get("/api/v1/health"));
        expect(200, get("/"));
        expect(200, get("/screening"));
        expect(200, get("/techniques"));
        expect(200, get("/css/backease.css"));
        expect(200, get(PLAYER));
        expect(200, post("/api/v1/screenings", INTAKE, null));
        expect(200, post("/api/v1/plans", INTAKE, null));
        expect(400, post("/api/v1/screenings", "{\"mode\":\"alone\"}", null));
        expect(404, get("/nothing-here"));
        String account = "{\"username\":\"warmup\",\"password\":\"lanterns drift over quiet harbours\"}";
        expect(201, post("/api/v1/accounts", account, null));
        HttpResponse<String> token = post("/api/v1/auth/tokens", account, null);
        expect(201, token);
        if (token != null && token.statusCode() == 201) {
            String bearer = token.body().replaceAll(".*\"token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
            HttpResponse<String> session = post("/api/v1/sessions", INTAKE, bearer);
            expect(201, session);
            session.headers().firstValue("Location").ifPresent(location ->
                    expect(200, post(location + "/events", "{\"type\":\"start\"}", bearer)));
            expect(201, post("/api/v1/journal/entries", "{\"at\":\"2026-01-01T10:00:00Z\",\"kind\":\"check_in\","
                    + "\"painLevel\":3}", bearer));
            expect(200, get("/api/v1/journal/advice", bearer));
        }
        return surprises;
    }

    private HttpResponse<String> get(String path) {
        return get(path, null);
    }

    private HttpResponse<String> get(String path, String bearer) {
        return send(request(path, bearer).GET());
    }

    private HttpResponse<String> post(String path, String json, String bearer) {
        return send(request(path, bearer).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpRequest.Builder request(String path, String bearer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        return bearer == null ? request : request.header("Authorization", "Bearer " + bearer);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        HttpRequest built = request.build();
        try {
            return http.send(built, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            surprises.add(built.method() + " " + built.uri().getPath() + ": " + e.getMessage());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            surprises.add(built.method() + " " + built.uri().getPath() + ": interrupted");
            return null;
        }
    }

    private void expect(int status, HttpResponse<String> response) {
        if (response == null || response.statusCode() == status) {
            return;
        }
        surprises.add(response.request().method() + " " + response.request().uri().getPath() + ": "
                + response.statusCode() + " (expected " + status + ")");
    }
}
