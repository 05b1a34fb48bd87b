package dev.backease.web.account;

import dev.backease.account.AccountActions;
import dev.backease.account.PasswordPolicy;
import dev.backease.account.TestClock;
import dev.backease.store.Argon2PasswordHasher;
import dev.backease.store.Database;
import dev.backease.store.JdbiAccountStore;
import dev.backease.web.AccessCheck;
import dev.backease.web.AccountRoutes;
import dev.backease.web.TokenAuthenticator;
import dev.backease.web.WebCookies;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** One BackEase instance with only the account routes, on a real port, for HTTP tests. */
final class AccountServer implements AutoCloseable {
    private final Javalin app;
    private final HttpClient http = HttpClient.newHttpClient();

    AccountServer(Database database, TestClock clock) {
        AccountActions actions = AccountActions.create(JdbiAccountStore.repositories(database),
                new Argon2PasswordHasher(), PasswordPolicy.standard(), clock);
        WebCookies cookies = new WebCookies(false);
        TokenAuthenticator authenticator = new TokenAuthenticator(actions, cookies);
        app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.beforeMatched(new AccessCheck(authenticator));
            new AccountRoutes(actions, authenticator, cookies).register(config);
        }).start("127.0.0.1", 0);
    }

    HttpResponse<String> send(String method, String path, String token, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> form(String path, String cookie, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return call(request);
    }

    HttpResponse<String> page(String path, String cookie) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return call(request);
    }

    private HttpResponse<String> call(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        app.stop();
    }
}
