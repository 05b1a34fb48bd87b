package dev.backease.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backease.content.Symptom;
import dev.backease.web.pages.IntakeForm;
import dev.backease.web.pages.TestServer;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

class GuidedSessionBrowserTest {
    private static TestServer server;
    private Browser browser;

    @BeforeAll
    static void start() {
        Browser.assumeAvailable();
        server = new TestServer(null);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Browser.open();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    private void answerPlainBackache() {
        browser.go(server.url("/screening"));
        for (Symptom flag : IntakeForm.RED_FLAGS) {
            browser.click("input[name='" + IntakeForm.flagField(flag) + "'][value='no']");
        }
        browser.click("input[name='mode'][value='partner']");
        browser.find("#intensity").sendKeys("3");
        browser.find("#durationDays").sendKeys("2");
    }

    private void openPlayer() {
        answerPlainBackache();
        browser.click("button[type='submit']");
        browser.waitVisible("form[action='/plan'] button").click();
        browser.waitVisible("form[action='/player'] button").click();
        browser.waitVisible("#start-practice");
    }

    private void spyOnSpeech() {
        browser.js("window.spoken = []; window.speechSynthesis.speak = u => window.spoken.push(u.text);");
    }

    @Test
    void a_plain_backache_goes_from_screening_through_a_practice_session_to_aftercare() throws Exception {
        openPlayer();
        spyOnSpeech();
        browser.click("#start-practice");
        browser.waitVisible("#run-view");
        assertThat(browser.find("#step-name").getText()).isEqualTo("Effleurage (long warming strokes)");
        assertThat(browser.find("#step-count").getText()).isEqualTo("Step 1 of 3");
        assertThat(browser.find("#countdown").getText()).matches("0:4[0-8]");
        assertThat(browser.find("#reps").getText()).isEqualTo("1 of 6");
        assertThat(browser.find("#pressure-target").getText()).isEqualTo("2");
        assertThat(browser.find("#paraspinal_left").getAttribute("class")).contains("active");
        assertThat(browser.find("#spine").getAttribute("class")).doesNotContain("active");
        assertThat((List<?>) browser.js("return window.spoken;")).asString().contains("Effleurage");
        browser.click("#next");
        browser.waitText("#step-name", "Kneading beside the spine");
        browser.click("#next");
        browser.waitText("#step-name", "Pelvic tilt");
        browser.click("#next");
        browser.waitVisible("#finished-view");
        assertThat(browser.find("#after-view").getText()).contains("Aftercare", "Drink a glass of water.");
        browser.find("#pain-after").sendKeys("2");
        browser.click("#journal button");
        browser.waitText("#journal-message", "nothing was saved");
    }

    @Test
    void a_red_flag_is_called_an_emergency_at_once_and_never_reaches_a_plan() {
        answerPlainBackache();
        browser.click("input[name='flag_bladder_or_bowel_change'][value='yes']");
        assertThat(browser.waitVisible("#emergency-now").getText()).contains("Call 112 now");
        browser.click("button[type='submit']");
        browser.waitVisible("#emergency");
        assertThat(browser.find("main").getText()).startsWith("Call 112 now");
        assertThat(browser.all("form[action='/plan']")).isEmpty();
    }

    @Test
    void the_stop_button_ends_the_session_and_shows_what_to_do() {
        openPlayer();
        browser.click("#start-practice");
        browser.waitVisible("#run-view");
        browser.click("#stop");
        browser.waitVisible("#stopped-view");
        assertThat(browser.find("#stop-reason").getText()).contains("STOP was pressed");
        assertThat(browser.find("#after-view").isDisplayed()).isTrue();
        assertThat(browser.find("#run-view").isDisplayed()).isFalse();
    }

    @Test
    void the_escape_key_stops_the_session_too() {
        openPlayer();
        browser.click("#start-practice");
        browser.waitVisible("#run-view");
        new Actions(browser.driver).sendKeys(Keys.ESCAPE).perform();
        browser.waitVisible("#stopped-view");
        assertThat(browser.find("#stop-reason").getText()).contains("Stopped");
    }

    @Test
    void a_pressure_report_above_the_comfort_limit_lowers_the_target_on_screen() {
        openPlayer();
        browser.click("#start-practice");
        browser.waitVisible("#run-view");
        browser.click("#next");
        browser.waitText("#step-name", "Kneading beside the spine");
        assertThat(browser.find("#pressure-target").getText()).isEqualTo("3");
        browser.click("#checkin button[data-value='8']");
        browser.waitText("#pressure-target", "1");
        assertThat(browser.find("#actions").getText()).contains("Ease off", "above their comfort limit of 6");
    }

    @Test
    void pausing_holds_the_countdown_until_resumed() throws Exception {
        openPlayer();
        browser.click("#start-practice");
        browser.waitVisible("#run-view");
        browser.click("#pause");
        browser.waitText("#pause", "Resume");
        String held = browser.find("#countdown").getText();
        Thread.sleep(1500);
        assertThat(browser.find("#countdown").getText()).isEqualTo(held);
        browser.click("#pause");
        browser.waitText("#pause", "Pause");
    }
}
