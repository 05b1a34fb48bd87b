package dev.backease.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backease.content.Symptom;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PagesTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer(null);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static List<String[]> plainBackache() {
        List<String[]> form = new ArrayList<>();
        for (Symptom flag : IntakeForm.RED_FLAGS) {
            form.add(new String[] {IntakeForm.flagField(flag), "no"});
        }
        form.add(new String[] {"mode", "partner"});
        form.add(new String[] {"intensity", "3"});
        form.add(new String[] {"durationDays", "2"});
        form.add(new String[] {"tools", "massage_oil"});
        return form;
    }

    static List<String[]> with(List<String[]> form, String name, String value) {
        List<String[]> changed = new ArrayList<>();
        form.stream().filter(field -> !field[0].equals(name)).forEach(changed::add);
        changed.add(new String[] {name, value});
        return changed;
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.url(path))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(TestServer on, String path, List<String[]> form)
            throws IOException, InterruptedException {
        String body = form.stream().map(f -> enc(f[0]) + "=" + enc(f[1])).collect(Collectors.joining("&"));
        return HTTP.send(HttpRequest.newBuilder(URI.create(on.url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** The visible text of a page, roughly: tags removed and whitespace collapsed. */
    static String text(String html) {
        return html.replaceAll("(?s)<svg.*?</svg>", " ").replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
    }

    @Test
    void the_home_page_says_what_backease_is_and_that_it_does_not_replace_a_clinician() throws Exception {
        HttpResponse<String> home = get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(text(home.body())).contains("Ease lower-back tension, safely", "Who it is for",
                "does not replace a clinician");
    }

    @Test
    void every_page_says_in_one_sentence_what_it_offers_for_search_results_and_shared_links() throws Exception {
        Pattern description = Pattern.compile("<meta name=\"description\" content=\"([^\"]{50,200})\">");
        Map<String, String> pages = Map.of("/", "lower-back massage", "/screening", "safety questions",
                "/techniques", "techniques and stretches", "/questions", "questions");
        for (Map.Entry<String, String> page : pages.entrySet()) {
            Matcher found = description.matcher(get(page.getKey()).body());
            assertThat(found.find()).as(page.getKey()).isTrue();
            assertThat(found.group(1)).as(page.getKey()).contains(page.getValue());
        }
        Matcher player = description.matcher(post(server, "/player", plainBackache()).body());
        assertThat(player.find()).isTrue();
        assertThat(player.group(1)).contains("stop button");
    }

    @Test
    void the_navigation_links_say_where_they_lead() throws Exception {
        assertThat(get("/").body()).contains("<a href=\"/screening\">Start a session</a>");
    }

    @Test
    void the_screening_form_asks_every_warning_sign_first_as_a_required_yes_or_no() throws Exception {
        String page = get("/screening").body();
        int firstFlag = page.indexOf("name=\"flag_");
        assertThat(firstFlag).isPositive().isLessThan(page.indexOf("name=\"mode\""))
                .isLessThan(page.indexOf("name=\"conditions\""));
        for (Symptom flag : IntakeForm.RED_FLAGS) {
            assertThat(page).contains("name=\"" + IntakeForm.flagField(flag) + "\" value=\"yes\" required");
            assertThat(page).contains("name=\"" + IntakeForm.flagField(flag) + "\" value=\"no\" required");
        }
        assertThat(text(page)).contains("Any new trouble controlling your bladder or bowels");
    }

    @Test
    void a_red_flag_shows_the_emergency_number_before_anything_else_and_offers_no_massage() throws Exception {
        HttpResponse<String> result = post(server, "/screening",
                with(plainBackache(), "flag_bladder_or_bowel_change", "yes"));
        assertThat(result.statusCode()).isEqualTo(200);
        String main = text(result.body().substring(result.body().indexOf("<main")));
        assertThat(main.trim()).startsWith("Call 112 now, or go to the emergency department.");
        assertThat(main).contains("Do not massage the lower back.", "Identifying Persistent or Severe Pain");
        assertThat(result.body()).doesNotContain("action=\"/plan\"").doesNotContain("See your plan");
    }

    @Test
    void a_plain_backache_gets_a_clear_answer_and_the_way_to_its_plan() throws Exception {
        HttpResponse<String> result = post(server, "/screening", plainBackache());
        assertThat(result.statusCode()).isEqualTo(200);
        assertThat(text(result.body())).contains("Massage is fine today", "no need to see a professional",
                "See your plan").doesNotContain("Call 112");
        assertThat(result.body()).contains("action=\"/plan\"");
    }

    @Test
    void a_skipped_warning_sign_brings_the_form_back_naming_the_question() throws Exception {
        List<String[]> skipped = new ArrayList<>(plainBackache());
        skipped.removeIf(field -> field[0].equals("flag_chest_pain"));
        HttpResponse<String> again = post(server, "/screening", skipped);
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.body()).contains("href=\"#flag_chest_pain\"", "Please answer yes or no.");
        assertThat(again.body()).contains("name=\"intensity\" min=\"0\" max=\"10\" inputmode=\"numeric\" required")
                .contains("value=\"3\"");
    }

    @Test
    void a_pain_score_out_of_range_is_named() throws Exception {
        HttpResponse<String> again = post(server, "/screening", with(plainBackache(), "intensity", "11"));
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.body()).contains("href=\"#intensity\"", "Please enter a whole number from 0 to 10.");
    }

    @Test
    void the_plan_lists_preparation_as_a_checklist_the_steps_with_times_and_aftercare() throws Exception {
        HttpResponse<String> plan = post(server, "/plan", plainBackache());
        assertThat(plan.statusCode()).isEqualTo(200);
        assertThat(text(plan.body())).contains("Your plan", "Get ready", "Lie face down with a pillow under the hips.",
                "Effleurage (long warming strokes)", "48 s · 6 times, about 8 s each", "Pressure 2 to 3 out of 10",
                "Afterwards", "Drink a glass of water.", "Start the guided session");
        assertThat(plan.body()).contains("type=\"checkbox\"").contains("action=\"/player\"");
    }

    @Test
    void the_player_carries_the_plan_as_data_and_has_a_stop_button() throws Exception {
        HttpResponse<String> player = post(server, "/player", plainBackache());
        assertThat(player.statusCode()).isEqualTo(200);
        assertThat(player.body()).contains("data-plan=\"{", "id=\"stop\"", "id=\"paraspinal_left\"",
                "id=\"sacrum\"", "<script type=\"module\" src=\"" + Assets.url("/js/player.js") + "\"></script>");
        assertThat(text(player.body())).contains("Practice without an account", "STOP", "How strong does it feel?");
    }

    @Test
    void the_questions_page_answers_the_guides_questions() throws Exception {
        HttpResponse<String> page = get("/questions");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(text(page.body())).contains("How much pressure is safe?", "5 to 15 minutes");
    }

    @Test
    void each_technique_has_a_page_with_its_picture() throws Exception {
        assertThat(text(get("/techniques").body())).contains("Effleurage");
        HttpResponse<String> page = get("/techniques/effleurage");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(text(page.body())).contains("Long gliding strokes", "4–6 slow strokes of 5–10 s",
                "Effleurage for Warm-Up");
        assertThat(page.body()).contains("show-paraspinal_left");
        assertThat(get("/techniques/no_such_thing").statusCode()).isEqualTo(404);
    }

    @Test
    void the_stylesheet_scripts_and_picture_are_served() throws Exception {
        for (String asset : List.of("/css/backease.css", "/js/player.js", "/js/api.js", "/js/practice.js",
                "/js/cues.js", "/js/picture.js", "/js/screening.js", "/img/lower-back.svg")) {
            assertThat(get(asset).statusCode()).as(asset).isEqualTo(200);
        }
    }

    @Test
    void no_page_has_inline_script_or_style() throws Exception {
        Map<String, String> pages = Map.of(
                "home", get("/").body(), "screening", get("/screening").body(),
                "result", post(server, "/screening", plainBackache()).body(),
                "emergency", post(server, "/screening", with(plainBackache(), "flag_chest_pain", "yes")).body(),
                "plan", post(server, "/plan", plainBackache()).body(),
                "player", post(server, "/player", plainBackache()).body(),
                "questions", get("/questions").body(), "technique", get("/techniques/effleurage").body());
        Pattern script = Pattern.compile("<script(?![^>]*\\ssrc=)[^>]*>", Pattern.CASE_INSENSITIVE);
        pages.forEach((name, html) -> {
            Matcher inline = script.matcher(html);
            assertThat(inline.find()).as(name + " has an inline script").isFalse();
            assertThat(html).as(name).doesNotContainIgnoringCase("style=").doesNotContainIgnoringCase("<style")
                    .doesNotContainIgnoringCase(" onclick=");
        });
    }

    @Test
    void the_player_and_all_its_assets_weigh_under_100_kb() throws Exception {
        int total = post(server, "/player", plainBackache()).body().getBytes(StandardCharsets.UTF_8).length;
        for (String asset : List.of("/css/backease.css", "/js/player.js", "/js/api.js", "/js/practice.js",
                "/js/cues.js", "/js/picture.js", "/img/favicon.svg")) {
            total += get(asset).body().getBytes(StandardCharsets.UTF_8).length;
        }
        assertThat(total).isLessThan(100 * 1024);
    }

    @Test
    void every_form_carries_the_csrf_token_when_accounts_provide_one() throws Exception {
        try (TestServer signedIn = new TestServer("token-123")) {
            String result = post(signedIn, "/screening", plainBackache()).body();
            String plan = post(signedIn, "/plan", plainBackache()).body();
            String form = HTTP.send(HttpRequest.newBuilder(URI.create(signedIn.url("/screening"))).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            for (String page : List.of(result, plan, form)) {
                assertThat(page).contains("<input type=\"hidden\" name=\"_csrf\" value=\"token-123\">")
                        .contains("<meta name=\"csrf-token\" content=\"token-123\">");
            }
        }
        assertThat(get("/screening").body()).doesNotContain("name=\"_csrf\"");
    }
}
