package dev.backease.web;

import dev.backease.json.Json;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.Map;

/** The start page and the health check. The page is a precompiled JTE template, escaped by default. */
public final class HomeRoutes implements RouteModule {
    private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);

    @Override
    public void register(JavalinConfig config) {
        config.routes.get("/", this::home, Access.PUBLIC);
        config.routes.get("/api/v1/health",
                ctx -> Responses.json(ctx, 200, Json.object().put("status", "ok")), Access.PUBLIC);
    }

    private void home(Context ctx) {
        StringOutput page = new StringOutput();
        templates.render("home.jte", Map.of(), page);
        ctx.contentType("text/html; charset=utf-8").result(page.toString());
    }
}
