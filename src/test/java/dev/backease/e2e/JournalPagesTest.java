package dev.backease.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backease.account.AuditAction;
import dev.backease.e2e.JournalWebServer.Person;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The journal pages on a real server and database, used through forms by two people. */
class JournalPagesTest {
    private static final String NOW = "2026-11-23T09:00:00Z";
    private static JournalWebServer server;

    @BeforeAll
    static void start() {
        server = new JournalWebServer(NOW);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void the_journal_pages_send_a_stranger_to_sign_in() {
        for (String path : new String[] {"/journal", "/journal/progress", "/journal/routine.ics",
                "/journal/entries.csv", "/journal/summary.pdf"}) {
            HttpResponse<String> page = server.page(path, null);
            assertThat(page.statusCode()).as(path).isEqualTo(302);
            assertThat(page.headers().firstValue("Location")).as(path).hasValue("/signin");
        }
        HttpResponse<String> form = server.form("/journal/check-ins", null, "painLevel=3&soreness=no");
        assertThat(form.statusCode()).isEqualTo(302);
        assertThat(form.headers().firstValue("Location")).hasValue("/signin");
    }

    @Test
    void a_check_in_sent_through_the_form_is_stored_and_the_advice_is_shown() {
        Person ana = server.signUp();
        HttpResponse<String> sent = server.journalForm("/journal/check-ins", ana,
                "painLevel=3&soreness=no&notes=" + JournalWebServer.encode("stiff after the drive"));
        assertThat(sent.statusCode()).isEqualTo(303);
        assertThat(sent.headers().firstValue("Location")).hasValue("/journal?saved=check_in#advice");

        String page = server.page("/journal?saved=check_in", ana).body();
        assertThat(page).contains("Check-in saved.", "What your journal says",
                "Nothing in your journal calls for a professional right now.",
                "Pain 3 out of 10", "stiff after the drive", "No soreness from the last massage");
        String entries = server.http.send(java.net.http.HttpRequest.newBuilder(server.http.uri("/api/v1/journal/entries"))
                .header("Authorization", "Bearer " + ana.token()).GET()).body();
        assertThat(entries).contains("\"kind\":\"check_in\"", "\"painLevel\":3", "stiff after the drive");
        assertThat(server.audit(ana)).anyMatch(e -> e.action() == AuditAction.HEALTH_DATA_WRITTEN
                && e.subject().startsWith("journal_entry:"));
    }

    @Test
    void a_check_in_with_a_bladder_or_bowel_change_shows_the_emergency_number_before_anything_else() {
        Person ana = server.signUp();
        HttpResponse<String> sent = server.journalForm("/journal/check-ins", ana,
                "painLevel=6&soreness=no&symptoms=bladder_or_bowel_change");
        assertThat(sent.statusCode()).isEqualTo(303);

        String page = server.page("/journal?saved=check_in", ana).body();
        int call = page.indexOf("Call 999 now, or go to the emergency department.");
        assertThat(call).isPositive();
        assertThat(page.indexOf("What your journal says")).isGreaterThan(call);
        assertThat(page.indexOf("id=\"check-in\"")).isGreaterThan(call);
        assertThat(page).contains("role=\"alert\" id=\"journal-emergency\"", "From the guide: “");

        String home = server.page("/", ana).body();
        assertThat(home).contains("Call 999 now, or go to the emergency department.", "What your journal says");
    }

    @Test
    void a_form_with_mistakes_comes_back_with_each_problem_next_to_its_field_and_stores_nothing() {
        Person ana = server.signUp();
        HttpResponse<String> sent = server.journalForm("/journal/check-ins", ana, "painLevel=11&notes=kept");
        assertThat(sent.statusCode()).isEqualTo(400);
        assertThat(sent.body()).contains("id=\"painLevel-error\"", "as a whole number from 0 to 10",
                "id=\"soreness-error\"", "Answer yes or no", "aria-invalid=\"true\"", ">kept</textarea>");

        HttpResponse<String> session = server.journalForm("/journal/sessions", ana,
                "painBefore=5&painAfter=3&techniques=petrissage&helped=effleurage");
        assertThat(session.statusCode()).isEqualTo(400);
        assertThat(session.body()).contains("id=\"helped-error\"", "Tick only techniques you also ticked as used.");
        assertThat(server.page("/journal", ana).body()).contains("No entries yet.");
    }

    @Test
    void a_form_without_the_pages_csrf_token_stores_nothing() {
        Person ana = server.signUp();
        HttpResponse<String> forged = server.form("/journal/check-ins", ana, "csrf=forged&painLevel=2&soreness=no");
        assertThat(forged.statusCode()).isEqualTo(403);
        HttpResponse<String> missing = server.form("/journal/sessions", ana, "painBefore=2&painAfter=1");
        assertThat(missing.statusCode()).isEqualTo(403);
        assertThat(server.page("/journal", ana).body()).contains("No entries yet.");
    }

    @Test
    void another_account_cannot_see_the_first_ones_entries() {
        Person ana = server.signUp();
        Person bob = server.signUp();
        server.journalForm("/journal/sessions", ana, "painBefore=6&painAfter=2&techniques=effleurage"
                + "&helped=effleurage&notes=" + JournalWebServer.encode("ana's private note"));
        String anaEntry = server.http.send(java.net.http.HttpRequest.newBuilder(server.http.uri("/api/v1/journal/entries"))
                .header("Authorization", "Bearer " + ana.token()).GET()).body();
        String id = HttpClientSupport.json(server.http.send(java.net.http.HttpRequest.newBuilder(
                server.http.uri("/api/v1/journal/entries")).header("Authorization", "Bearer " + ana.token()).GET()))
                .get("entries").get(0).get("id").textValue();
        assertThat(anaEntry).contains("ana's private note");

        assertThat(server.page("/journal", bob).body()).doesNotContain("ana's private note", id)
                .contains("No entries yet.");
        assertThat(server.page("/journal/progress", bob).body()).doesNotContain("Warming effleurage</th>");
        assertThat(server.http.send(java.net.http.HttpRequest.newBuilder(server.http.uri("/api/v1/journal/entries/" + id))
                .header("Authorization", "Bearer " + bob.token()).GET()).statusCode()).isEqualTo(404);
        assertThat(new String(server.downloadWithCookie("/journal/entries.csv", bob).body()))
                .doesNotContain(id, "ana's private note");
    }

    @Test
    void the_home_page_asks_how_the_back_is_one_to_three_days_after_a_session_until_a_check_in_answers() {
        Person ana = server.signUp();
        assertThat(server.page("/", ana).body()).doesNotContain("How is your back today?");
        server.addByApi(ana, "{\"at\":\"2026-11-21T18:00:00Z\",\"kind\":\"session\",\"painBefore\":5,\"painAfter\":3}");

        String home = server.page("/", ana).body();
        assertThat(home).contains("How is your back today?", "href=\"/journal#check-in\"");
        assertThat(server.page("/journal", ana).body()).contains("How is your back today?");
        assertThat(server.page("/", null).body()).doesNotContain("How is your back today?");

        server.journalForm("/journal/check-ins", ana, "painLevel=2&soreness=no");
        assertThat(server.page("/", ana).body()).doesNotContain("How is your back today?");
    }

    @Test
    void a_session_from_a_week_ago_no_longer_asks_for_a_check_in() {
        Person ana = server.signUp();
        server.addByApi(ana, "{\"at\":\"2026-11-16T18:00:00Z\",\"kind\":\"session\",\"painBefore\":5,\"painAfter\":3}");
        assertThat(server.page("/", ana).body()).doesNotContain("How is your back today?");
    }

    @Test
    void sessions_sent_through_the_form_show_on_the_progress_page_with_chart_table_and_what_works() {
        Person ana = server.signUp();
        HttpResponse<String> sent = server.journalForm("/journal/sessions", ana,
                "painBefore=6&painAfter=2&techniques=effleurage&techniques=petrissage&helped=effleurage");
        assertThat(sent.statusCode()).isEqualTo(303);
        assertThat(server.page("/journal?saved=session", ana).body())
                .contains("Session saved.", "Pain 6 before, 2 after", "Used: Warming effleurage, Kneading beside the spine", "Helped: Warming effleurage");

        String progress = server.page("/journal/progress", ana).body();
        assertThat(progress).contains("class=\"pain-chart\"", "role=\"img\"", "<div class=\"visually-hidden\">\n  <table id=\"pain-table\">",
                "<th scope=\"row\">2026-11-23</th><td>6</td><td>2</td>", "2026-W48", "<strong>1 day</strong>",
                "<th scope=\"row\">Warming effleurage</th><td>1</td><td>4</td><td>1</td>",
                "href=\"/journal/entries.csv\"", "action=\"/journal/summary.pdf\"", "href=\"/journal/routine.ics\"")
                .doesNotContain("style=", "<script>");
    }
}
