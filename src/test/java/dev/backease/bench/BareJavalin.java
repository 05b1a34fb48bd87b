package dev.backease.bench;

import io.javalin.Javalin;

/**
 * The baseline for bench/load.sh: a bare Javalin server answering one small JSON object, with none of
 * BackEase's policy (headers, access check, compression, problem documents) or work. The gap between
 * this and BackEase's own endpoints is what BackEase adds. Usage: BareJavalin PORT (loopback only).
 */
public final class BareJavalin {
    private static final String BODY = "{\"status\":\"ok\"}";

    private BareJavalin() {}

    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.get("/", ctx -> ctx.contentType("application/json").result(BODY));
        }).start("127.0.0.1", port);
    }
}
