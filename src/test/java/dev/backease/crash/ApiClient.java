package dev.backease.crash;

import com.fasterxml.jackson.databind.JsonNode;
import dev.backease.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * A client of the accounts, journal and sessions API on loopback, with timeouts everywhere: a
 * server that dies mid-request must not hang a test. An answer that never came is empty.
 */
final class ApiClient {
    static final String PASSWORD = "lanterns drift over quiet harbours";
    static final String INTAKE = """
            {"mode":"partner","pain":{"intensity":3,"character":["aching","dull"],"durationDays":4,"trend":"better"},
             "injury":"none","symptoms":[],"conditions":[],"giver":{"pregnant":false},"canLieFaceDown":true,
             "tools":["massage_oil","pillows"],"minutesAvailable":15,"comfortMax":6}""";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String base;
    private String token;

    ApiClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    ApiClient withToken(String bearer) {
        this.token = bearer;
        return this;
    }

    /** Creates the account and signs in with it; the token is used for every later request. */
    String signUp(String username) {
        String credentials = "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}";
        expect(201, post("/api/v1/accounts", credentials));
        token = Json.parse(expect(201, post("/api/v1/auth/tokens", credentials)).body()).get("token").textValue();
        return token;
    }

    /** A complete session entry, different for every n, dated a little in the past. */
    static String journalEntry(int n) {
        String at = Instant.now().minus(1 + n % 500, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS).toString();
        return """
                {"at":"%s","kind":"session","sessionId":null,"painBefore":%d,"painAfter":%d,"painLevel":null,
                 "soreness":false,"symptoms":[],"techniques":["effleurage","petrissage"],"helped":["effleurage"],
                 "notes":"entry %d written under load"}""".formatted(at, 4 + n % 7, n % 4, n);
    }

    Optional<HttpResponse<String>> tryPost(String path, String body) {
        return trySend(request(path).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json"));
    }

    Optional<HttpResponse<String>> tryGet(String path) {
        return trySend(request(path).GET());
    }

    HttpResponse<String> post(String path, String body) {
        return tryPost(path, body).orElseThrow(() -> new AssertionError("no answer to POST " + path));
    }

    HttpResponse<String> get(String path) {
        return tryGet(path).orElseThrow(() -> new AssertionError("no answer to GET " + path));
    }

    static HttpResponse<String> expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new AssertionError("expected " + status + " from " + response.request().method() + " "
                    + response.uri().getPath() + " but got " + response.statusCode() + ": " + response.body());
        }
        return response;
    }

    static JsonNode json(HttpResponse<String> response) {
        return Json.parse(response.body());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(15));
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    private Optional<HttpResponse<String>> trySend(HttpRequest.Builder request) {
        try {
            return Optional.of(http.send(request.build(), HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
