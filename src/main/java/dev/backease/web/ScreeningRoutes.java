package dev.backease.web;

import dev.backease.json.DocumentWriter;
import dev.backease.json.IntakeReader;
import dev.backease.planning.Planner;
import dev.backease.screening.Intake;
import dev.backease.screening.Screening;
import dev.backease.screening.ScreeningResult;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;

/** Stateless screening and planning: open to everyone, nothing is stored. */
public final class ScreeningRoutes implements RouteModule {
    private final Screening screening;
    private final Planner planner;

    public ScreeningRoutes(Screening screening, Planner planner) {
        this.screening = screening;
        this.planner = planner;
    }

    @Override
    public void register(JavalinConfig config) {
        config.routes.post("/api/v1/screenings", this::screen, Access.PUBLIC);
        config.routes.post("/api/v1/plans", this::plan, Access.PUBLIC);
    }

    private void screen(Context ctx) {
        Intake intake = IntakeReader.read(Requests.jsonBody(ctx));
        Responses.json(ctx, 200, DocumentWriter.screeningResultBytes(screening.screen(intake)));
    }

    private void plan(Context ctx) {
        Intake intake = IntakeReader.read(Requests.jsonBody(ctx));
        ScreeningResult result = screening.screen(intake);
        Responses.json(ctx, 200, DocumentWriter.plan(planner.plan(intake, result)));
    }
}
