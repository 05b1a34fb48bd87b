package dev.backease.web.pages;

import dev.backease.planning.Plan;
import dev.backease.planning.Planner;
import dev.backease.screening.Intake;
import dev.backease.screening.Screening;
import dev.backease.screening.ScreeningResult;
import dev.backease.web.Access;
import dev.backease.web.Responses;
import dev.backease.web.RouteModule;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Map;

/**
 * The guided experience in the browser: home, screening, result, plan, player, techniques and
 * questions. Every page is server-rendered and works without JavaScript except the live timer.
 * Answers travel from page to page as hidden form fields; nothing is stored.
 */
public final class PageRoutes implements RouteModule {
    /** Request attribute the accounts module sets to the session's CSRF token. */
    public static final String CSRF_ATTRIBUTE = "csrfToken";
    /** Form field every page form carries the token in. */
    public static final String CSRF_FIELD = "_csrf";
    /** Request attribute another module may set to HTML (rendered by its own templates) shown on the home page. */
    public static final String HOME_CARDS_ATTRIBUTE = "homeCards";

    private final Screener screener;
    private final TechniqueLibrary techniques;
    private final TemplateEngine templates;
    private final String picture = Picture.lowerBack();

    public PageRoutes(Screener screener, TechniqueLibrary techniques, TemplateEngine templates) {
        this.screener = screener;
        this.techniques = techniques;
        this.templates = templates;
    }

    /** The production wiring: the real use cases and the precompiled templates. */
    public PageRoutes(Screening screening, Planner planner, TechniqueLibrary techniques) {
        this(new Screener() {
            @Override
            public ScreeningResult screen(Intake intake) {
                return screening.screen(intake);
            }

            @Override
            public Plan plan(Intake intake, ScreeningResult result) {
                return planner.plan(intake, result);
            }

            @Override
            public String emergencyNumber() {
                return screening.emergencyNumber();
            }
        }, techniques, TemplateEngine.createPrecompiled(ContentType.Html));
    }

    @Override
    public void register(JavalinConfig config) {
        // Pages link the versioned copies, which may be kept for a year; the plain addresses still
        // answer (revalidated every time) for anything that linked them before versioning.
        AssetRoutes.standard().register(config);
        config.routes.get("/", this::home, Access.PUBLIC);
        config.routes.get("/screening", ctx -> render(ctx, "pages/screening.jte",
                new ScreeningView(chrome(ctx, "Before you start: safety questions"),
                        screener.emergencyNumber(), Map.of(), Map.of())), Access.PUBLIC);
        config.routes.post("/screening", this::result, Access.PUBLIC);
        config.routes.post("/plan", this::plan, Access.PUBLIC);
        config.routes.post("/player", this::player, Access.PUBLIC);
        config.routes.get("/player", this::playerFromLink, Access.PUBLIC);
        config.routes.get("/questions", ctx -> render(ctx, "pages/questions.jte", chrome(ctx, "Questions and answers")), Access.PUBLIC);
        config.routes.get("/techniques", ctx -> render(ctx, "pages/techniques.jte",
                new TechniquesView(chrome(ctx, "Techniques and stretches"), techniques.all())), Access.PUBLIC);
        config.routes.get("/techniques/{id}", this::technique, Access.PUBLIC);
    }

    private void home(Context ctx) {
        Object cards = ctx.attribute(HOME_CARDS_ATTRIBUTE);
        Utf8ByteOutput output = new Utf8ByteOutput();
        templates.render("pages/home.jte", Map.of("chrome", chrome(ctx, "BackEase: ease lower-back tension safely"),
                "cards", cards == null ? "" : cards.toString()), output);
        Responses.html(ctx, output);
    }

    private void result(Context ctx) {
        IntakeForm.Parsed form = IntakeForm.parse(ctx.formParamMap());
        if (!form.ok()) {
            showFormAgain(ctx, form);
            return;
        }
        ScreeningResult result = screener.screen(form.intake());
        render(ctx, "pages/result.jte", resultView(ctx, "Your screening result", form.intake(), result));
    }

    private void plan(Context ctx) {
        IntakeForm.Parsed form = IntakeForm.parse(ctx.formParamMap());
        if (!form.ok()) {
            showFormAgain(ctx, form);
            return;
        }
        ScreeningResult result = screener.screen(form.intake());
        Plan plan = screener.plan(form.intake(), result);
        ResultView summary = resultView(ctx, "Your plan", form.intake(), result);
        render(ctx, "pages/plan.jte", PlanView.of(summary.chrome(), plan, summary, summary.intakeFields()));
    }

    private void player(Context ctx) {
        showPlayer(ctx, ctx.formParamMap());
    }

    /**
     * The same player from a link (the answers in the query string), so it can be bookmarked and
     * audited. Without any answers there is nothing to guide yet: start with the safety questions.
     * Our own forms keep posting, so answers only land in the address (and the browser's history)
     * when someone chose to open such a link; the server logs no addresses.
     */
    private void playerFromLink(Context ctx) {
        if (ctx.queryParamMap().isEmpty()) {
            ctx.redirect("/screening", HttpStatus.SEE_OTHER);
            return;
        }
        showPlayer(ctx, ctx.queryParamMap());
    }

    private void showPlayer(Context ctx, Map<String, List<String>> answers) {
        IntakeForm.Parsed form = IntakeForm.parse(answers);
        if (!form.ok()) {
            showFormAgain(ctx, form, answers);
            return;
        }
        ScreeningResult result = screener.screen(form.intake());
        Plan plan = screener.plan(form.intake(), result);
        render(ctx, "pages/player.jte", new PlayerView(chrome(ctx, "Guided session"), !plan.steps().isEmpty(),
                PlanJson.write(PlanJson.plan(plan)), PlanJson.write(PlanJson.intake(form.intake())), picture,
                screener.emergencyNumber(), form.intake().comfortMax(), plan.aftercare()));
    }

    private void technique(Context ctx) {
        var card = techniques.find(ctx.pathParam("id"));
        if (card.isEmpty()) {
            ctx.status(HttpStatus.NOT_FOUND);
            render(ctx, "pages/techniques.jte", new TechniquesView(chrome(ctx, "No such technique"), techniques.all()));
            return;
        }
        render(ctx, "pages/technique.jte", new TechniqueView(chrome(ctx, card.get().name()), card.get(), picture));
    }

    private ResultView resultView(Context ctx, String title, Intake intake, ScreeningResult result) {
        return ResultView.of(chrome(ctx, title), result, screener.emergencyNumber(), IntakeForm.fields(intake));
    }

    /** A form with missing or wrong answers comes back with the answers kept and each problem named. */
    private void showFormAgain(Context ctx, IntakeForm.Parsed form) {
        showFormAgain(ctx, form, ctx.formParamMap());
    }

    private void showFormAgain(Context ctx, IntakeForm.Parsed form, Map<String, List<String>> answers) {
        ctx.status(HttpStatus.BAD_REQUEST);
        render(ctx, "pages/screening.jte", new ScreeningView(chrome(ctx, "Please check your answers"),
                screener.emergencyNumber(), answers, form.errors()));
    }

    private static Chrome chrome(Context ctx, String title) {
        Object token = ctx.attribute(CSRF_ATTRIBUTE);
        return new Chrome(title, token == null ? "" : token.toString());
    }

    private void render(Context ctx, String template, Object model) {
        Utf8ByteOutput output = new Utf8ByteOutput();
        templates.render(template, model, output);
        Responses.html(ctx, output);
    }

    /** Used by templates that list techniques. */
    public record TechniquesView(Chrome chrome, List<TechniqueCard> techniques) {}

    /** One technique's page, with the inlined picture. */
    public record TechniqueView(Chrome chrome, TechniqueCard technique, String picture) {}
}
