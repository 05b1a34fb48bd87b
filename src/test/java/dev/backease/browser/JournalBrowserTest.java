package dev.backease.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backease.e2e.JournalWebServer;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A person signs up, checks in and records a session in a real browser under the app's
 * Content-Security-Policy; the journal, advice and progress pages pass axe-core and are photographed.
 */
class JournalBrowserTest {
    private static final AtomicInteger PEOPLE = new AtomicInteger();
    private static JournalWebServer server;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        Browser.assumeAvailable();
        server = new JournalWebServer("2026-11-23T09:00:00Z");
        browser = Browser.open();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    private void signUp() {
        browser.driver.manage().deleteAllCookies();
        browser.go(server.url("/signup"));
        browser.find("#username").sendKeys("walker" + PEOPLE.incrementAndGet());
        browser.find("#password").sendKeys(JournalWebServer.PASSWORD);
        browser.click("button[type='submit']");
        browser.waitText("main", "Signed in as");
    }

    private void checkIn(String pain, String... symptoms) {
        browser.go(server.url("/journal"));
        browser.find("#painLevel").sendKeys(pain);
        browser.click("input[name='soreness'][value='no']");
        for (String symptom : symptoms) {
            browser.click("#symptom-" + symptom);
        }
        browser.click("form[action='/journal/check-ins'] button[type='submit']");
        browser.waitVisible("#advice");
    }

    private void check(String name) throws Exception {
        browser.assertAccessible(name);
        assertReflowsAtPhoneWidth(name);
        browser.screenshots(name);
    }

    /** WCAG reflow: at 360 px nothing needs scrolling sideways (the widest offenders are named). */
    private void assertReflowsAtPhoneWidth(String name) {
        browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(360, 900));
        Object offenders = browser.js("const width = document.documentElement.clientWidth;"
                + "if (document.documentElement.scrollWidth <= width) { return []; }"
                + "return [...document.querySelectorAll('body *')]"
                + ".filter(e => !e.closest('.visually-hidden') && e.getBoundingClientRect().right > width + 1)"
                + ".map(e => e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))"
                + ".slice(0, 8);");
        browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        assertThat((java.util.List<?>) offenders).as("elements wider than a 360 px screen on " + name).isEmpty();
    }

    @Test
    void a_person_checks_in_sees_the_advice_and_their_progress_with_no_accessibility_violations() throws Exception {
        signUp();
        browser.go(server.url("/journal"));
        browser.waitVisible("#check-in");
        check("journal-empty");

        checkIn("3");
        assertThat(browser.find("#saved").getText()).isEqualTo("Check-in saved.");
        assertThat(browser.find("#advice-referral").getText())
                .isEqualTo("Nothing in your journal calls for a professional right now.");
        check("journal-after-check-in");

        browser.find("#painBefore").sendKeys("6");
        browser.find("#painAfter").sendKeys("2");
        browser.click("#technique-effleurage");
        browser.click("#technique-petrissage");
        browser.click("#helped-effleurage");
        browser.click("form[action='/journal/sessions'] button[type='submit']");
        browser.waitText("#saved", "Session saved.");
        assertThat(browser.find("#entries").getText()).contains("Pain 6 before, 2 after", "Pain 3 out of 10");

        browser.click("a[href='/journal/progress']");
        browser.waitVisible("svg.pain-chart");
        assertThat(browser.find("#what-works").getText()).contains("Warming effleurage");
        assertThat(browser.find("#ics-link").getAttribute("href")).contains("tz=");
        check("journal-progress");
    }

    @Test
    void a_check_in_with_a_bladder_change_shows_the_emergency_number_first_with_no_accessibility_violations()
            throws Exception {
        signUp();
        checkIn("5", "bladder_or_bowel_change");
        assertThat(browser.find("#journal-emergency").getText()).contains("Call 999 now");
        check("journal-emergency");

        browser.go(server.url("/"));
        assertThat(browser.find("#journal-emergency").getText()).contains("Call 999 now");
        check("home-with-advice");
    }
}
