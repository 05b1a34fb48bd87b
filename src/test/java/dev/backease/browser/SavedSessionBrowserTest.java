package dev.backease.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backease.App;
import dev.backease.Config;
import dev.backease.content.Symptom;
import dev.backease.web.WebServer;
import dev.backease.web.pages.IntakeForm;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The whole program as served: a signed-in person's session is saved, and nobody else can open it. */
class SavedSessionBrowserTest {
    private static final String PASSWORD = "lanterns drift over quiet harbours";
    private WebServer server;
    private Browser browser;
    private String base;

    @BeforeEach
    void start() throws Exception {
        Browser.assumeAvailable();
        Path data = Files.createTempDirectory("backease-browser");
        Config config = Config.resolve(Map.of(Config.Setting.DATA, data.toString()), Map.of());
        server = new App(Map.of()).webServer(config).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + server.port();
        browser = Browser.open();
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void a_signed_in_person_saves_a_session_that_another_account_cannot_open() throws Exception {
        browser.go(base + "/signup");
        browser.find("#username").sendKeys("ana");
        browser.find("#password").sendKeys(PASSWORD);
        browser.click("form[action='/signup'] button");
        new WebDriverWait(browser.driver, Duration.ofSeconds(10))
                .until(driver -> !driver.getCurrentUrl().endsWith("/signup"));

        browser.go(base + "/screening");
        for (Symptom flag : IntakeForm.RED_FLAGS) {
            browser.click("input[name='" + IntakeForm.flagField(flag) + "'][value='no']");
        }
        browser.click("input[name='mode'][value='partner']");
        browser.find("#intensity").sendKeys("3");
        browser.find("#durationDays").sendKeys("2");
        browser.click("button[type='submit']");
        browser.waitVisible("form[action='/plan'] button").click();
        browser.waitVisible("form[action='/player'] button").click();
        browser.waitVisible("#start-account");
        browser.js("window.sessionIds = []; const original = window.fetch;"
                + "window.fetch = async (...args) => { const r = await original(...args);"
                + " r.clone().json().then(d => { if (d && d.id) window.sessionIds.push(d.id); }).catch(() => {});"
                + " return r; };");

        browser.click("#start-account");
        browser.waitVisible("#run-view");
        browser.click("#checkin button[data-value='9']");
        browser.waitText("#pressure-target", "1");
        browser.click("#stop");
        browser.waitVisible("#stopped-view");

        List<?> ids = (List<?>) browser.js("return window.sessionIds;");
        assertThat(ids).isNotEmpty();
        String id = ids.get(0).toString();
        String mine = (String) ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch('/api/v1/sessions/' + arguments[0], {headers: {'X-CSRF-Token':"
                        + " document.querySelector('meta[name=\"csrf-token\"]').content}})"
                        + ".then(r => r.json()).then(d => done(d.state + ' ' + d.stopReason));", id);
        assertThat(mine).isEqualTo("stopped stop_signal");

        HttpClient http = HttpClient.newHttpClient();
        String body = "{\"username\":\"bob\",\"password\":\"" + PASSWORD + "\"}";
        http.send(post("/api/v1/accounts", body), HttpResponse.BodyHandlers.ofString());
        String token = http.send(post("/api/v1/auth/tokens", body), HttpResponse.BodyHandlers.ofString()).body()
                .replaceAll(".*\"token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        HttpResponse<String> theirs = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/sessions/" + id))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(theirs.statusCode()).isEqualTo(404);
        assertThat(theirs.body()).doesNotContain("effleurage");
    }

    private HttpRequest post(String path, String json) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }
}
