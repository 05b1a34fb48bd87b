package dev.backease.web;

import io.javalin.config.JavalinConfig;

/** One feature's HTTP routes. The composition root hands the web server a list of these. */
@FunctionalInterface
public interface RouteModule {
    void register(JavalinConfig config);
}
