package dev.backease.web;

import io.javalin.Javalin;
import java.util.List;

/** The HTTP server: common policy (errors, limits, headers) plus each feature's routes. */
public final class WebServer {
    private final Javalin app;

    public WebServer(List<RouteModule> modules) {
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            modules.forEach(module -> module.register(config));
        });
    }

    public WebServer start(String host, int port) {
        app.start(host, port);
        return this;
    }

    public int port() {
        return app.port();
    }

    public void stop() {
        app.stop();
    }
}
