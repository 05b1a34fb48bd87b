package dev.backease.browser;

import dev.backease.content.Symptom;
import dev.backease.web.pages.IntakeForm;
import dev.backease.web.pages.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every page passes axe-core with no violations, and is photographed at 360 px and 1280 px. */
class PagesAccessibilityBrowserTest {
    private static TestServer server;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        Browser.assumeAvailable();
        server = new TestServer(null);
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

    private void check(String name) throws Exception {
        browser.assertAccessible(name);
        browser.screenshots(name);
    }

    private void answer(String bladder) {
        browser.go(server.url("/screening"));
        for (Symptom flag : IntakeForm.RED_FLAGS) {
            browser.click("input[name='" + IntakeForm.flagField(flag) + "'][value='no']");
        }
        browser.click("input[name='flag_bladder_or_bowel_change'][value='" + bladder + "']");
        browser.click("input[name='mode'][value='self']");
        browser.find("#intensity").sendKeys("3");
        browser.find("#durationDays").sendKeys("2");
        browser.click("button[type='submit']");
        browser.waitVisible("#decision");
    }

    @Test
    void the_information_pages_have_no_accessibility_violations() throws Exception {
        for (String page : new String[] {"/", "/screening", "/questions", "/techniques", "/techniques/effleurage"}) {
            browser.go(server.url(page));
            check(page.equals("/") ? "home" : page.substring(1).replace('/', '-'));
        }
    }

    @Test
    void the_emergency_result_has_no_accessibility_violations() throws Exception {
        answer("yes");
        check("result-emergency");
    }

    @Test
    void the_result_plan_and_player_have_no_accessibility_violations() throws Exception {
        answer("no");
        check("result");
        browser.click("form[action='/plan'] button");
        browser.waitVisible("form[action='/player'] button");
        check("plan");
        browser.click("form[action='/player'] button");
        browser.waitVisible("#start-practice");
        check("player-start");
        browser.click("#start-practice");
        browser.waitVisible("#run-view");
        check("player-running");
        browser.click("#stop");
        browser.waitVisible("#stopped-view");
        check("player-stopped");
    }
}
