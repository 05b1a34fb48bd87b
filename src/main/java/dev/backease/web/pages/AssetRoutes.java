package dev.backease.web.pages;

import dev.backease.web.Access;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.NotFoundResponse;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Serves the stylesheet, scripts and pictures from memory (read once by {@link Assets}), at the
 * versioned address pages link (kept for a year) and at the plain address (checked again each
 * time, with an entity tag so an unchanged file costs a 304). The program's own routes replace the
 * framework's static-file handler, which mounted the whole program jar as a file system twice, an
 * index of every one of its 14,000 entries kept on the heap and built during the first requests.
 */
final class AssetRoutes {
    private final Map<String, Assets.Asset> files;
    private final String version;

    AssetRoutes(Map<String, Assets.Asset> files, String version) {
        this.files = files;
        this.version = version;
    }

    static AssetRoutes standard() {
        return new AssetRoutes(Assets.all(), Assets.version());
    }

    void register(JavalinConfig config) {
        route(config, Assets.PREFIX + "{version}/<path>", ctx -> {
            if (!version.equals(ctx.pathParam("version"))) {
                throw new NotFoundResponse();
            }
            send(ctx, "/" + ctx.pathParam("path"), Assets.IMMUTABLE);
        });
        for (String top : topLevelNames()) {
            boolean folder = top.endsWith("/");
            String path = folder ? top + "<path>" : top;
            route(config, path, ctx -> send(ctx, folder ? top + ctx.pathParam("path") : top, "no-cache"));
        }
    }

    /** "/css/", "/js/", "/robots.txt": the first segment of every asset's path. */
    private Set<String> topLevelNames() {
        Set<String> tops = new TreeSet<>();
        for (String path : files.keySet()) {
            int slash = path.indexOf('/', 1);
            tops.add(slash < 0 ? path : path.substring(0, slash + 1));
        }
        return tops;
    }

    private static void route(JavalinConfig config, String path, Handler handler) {
        config.routes.get(path, handler, Access.PUBLIC);
        config.routes.head(path, handler, Access.PUBLIC);
    }

    private void send(Context ctx, String path, String cacheControl) {
        Assets.Asset asset = files.get(path);
        if (asset == null) {
            throw new NotFoundResponse();
        }
        ctx.header("Cache-Control", cacheControl).header("ETag", asset.etag());
        if (asset.etag().equals(ctx.header("If-None-Match"))) {
            ctx.status(304);
            return;
        }
        ctx.contentType(asset.contentType()).result(asset.bytes());
    }
}
