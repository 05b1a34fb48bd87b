package dev.backease.web;

import dev.backease.Config;
import dev.backease.account.AccountId;
import dev.backease.json.InvalidInputException;
import dev.backease.json.Json;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.http.ServiceUnavailableResponse;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.UnauthorizedResponse;
import io.javalin.json.JavalinJackson;
import io.javalin.security.RouteRole;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server: the common policy every route gets (deny by default, problem documents for every
 * error, a body size limit, security headers, compression) plus each feature's routes.
 */
public final class WebServer {
    public static final int DEFAULT_MAX_BODY_BYTES = 64 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    private static final String GENERIC_500 = "Something went wrong on our side. Nothing you sent was stored.";
    /** How long a request that arrives during start-up waits for the database before a 503. */
    static final Duration READY_WAIT = Duration.ofSeconds(30);
    private static final String REFERENCES_PER_CACHE_LINE = "org.eclipse.jetty.util.referencesPerCacheLine";
    private static final byte[] HEALTHY = Json.bytes(Json.object().put("status", "ok"));
    private final Javalin app;
    private final CompletableFuture<?> ready;
    private final IdleMemoryReturn idleMemory = IdleMemoryReturn.standard();

    static {
        // Jetty sizes the padding of its queues by how many references share a CPU cache line, and
        // without this hint asks the JVM through JMX, which starts the whole platform management
        // machinery: about a tenth of a second of every start. The heap here is far below 32 GB,
        // so references are compressed (4 bytes): 64-byte lines hold 16. It only tunes padding.
        if (System.getProperty(REFERENCES_PER_CACHE_LINE) == null) {
            System.setProperty(REFERENCES_PER_CACHE_LINE, "16");
        }
    }

    public WebServer(List<RouteModule> modules) {
        this(modules, Authenticator.NOBODY, DEFAULT_MAX_BODY_BYTES);
    }

    public WebServer(List<RouteModule> modules, Authenticator authenticator, int maxBodyBytes) {
        this(modules, authenticator, maxBodyBytes, CompletableFuture.completedFuture(null));
    }

    /**
     * @param ready completes when the database may be used (its schema migrated); until then
     *     requests wait for it, up to {@link #READY_WAIT}, and if it fails they are answered 503
     */
    public WebServer(List<RouteModule> modules, Authenticator authenticator, int maxBodyBytes,
            CompletableFuture<?> ready) {
        this(modules, authenticator, maxBodyBytes, ready, Config.defaultHttpThreads());
    }

    /** @param threads request threads ({@link Config#httpThreads()}) */
    public WebServer(List<RouteModule> modules, Authenticator authenticator, int maxBodyBytes,
            CompletableFuture<?> ready, int threads) {
        this.ready = ready;
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jetty.threadPool = threadPool(threads);
            config.http.compressionStrategy = CompressionStrategy.GZIP;
            config.http.maxRequestSize = maxBodyBytes;
            config.http.prefer405over404 = true;
            config.jsonMapper(new JavalinJackson(Json.mapper(), false));
            config.routes.before(ctx -> {
                idleMemory.requestSeen();
                SecurityHeaders.apply(ctx);
                waitForTheDatabase();
                ctx.attribute(Requests.BODY_LIMIT, maxBodyBytes);
            });
            config.routes.beforeMatched(ctx -> requireAccess(ctx, authenticator));
            registerErrorHandling(config);
            config.routes.get("/api/v1/health", ctx -> Responses.json(ctx, 200, HEALTHY), Access.PUBLIC);
            modules.forEach(module -> module.register(config));
        });
    }

    public WebServer start(String host, int port) {
        app.start(host, port);
        idleMemory.start();
        return this;
    }

    /**
     * Waits until the database is ready (at once when it already is). A failure to get it ready is
     * thrown as its own cause, e.g. the database being unreachable, so {@code serve} reports it and
     * requests get the usual 503.
     */
    public void awaitReady(Duration atMost) {
        if (ready.isDone() && !ready.isCompletedExceptionally()) {
            return;
        }
        try {
            ready.get(atMost.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new ServiceUnavailableResponse("The program is still starting; try again in a moment.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceUnavailableResponse("The program is stopping.");
        }
    }

    /**
     * A pool sized to the machine rather than the framework's 250 (by default 4 threads per core, at
     * least 8; {@code --http-threads}): requests here are short (the
     * database pool has 4 to 10 connections), so more threads than this only queue for the same
     * cores and connections while each keeps its own stack (about 100 KB touched), which under 200
     * connections was a quarter of the process's memory. Requests beyond it wait in Jetty's queue,
     * first come first served: with 32 threads on 2 cores the requests in flight shared the cores
     * in turns and each took as long as the slowest; with 8, at 32 connections, the p99 of a
     * signed-in session read went from 26 to 19 ms on SQLite and from 53 to 23 ms on PostgreSQL,
     * with more requests a second (docs/PERFORMANCE.md, "fewer threads"). Each still waits for the
     * database or a commit without holding a core, so a few per core keep the cores busy.
     *
     * <p>No reserved threads: by default Jetty keeps some threads parked, and the thread that finds
     * a connection ready runs that request itself and hands the looking to a parked one, so the
     * requests found together are not run in the order they came. Without them every request goes
     * through the pool's queue, first in, first out. At 32 connections on 2 cores, in alternating
     * runs, the p99 of session events went from 20.7-30.3 ms (median 24.8) to 16.3-28.2 ms
     * (median 19.8), with less CPU per event (docs/PERFORMANCE.md, "2026-12-08, morning").
     */
    static QueuedThreadPool threadPool(int max) {
        QueuedThreadPool pool = new QueuedThreadPool(max, Math.min(4, max), (int) Duration.ofMinutes(1).toMillis());
        pool.setName("backease-http");
        pool.setReservedThreads(0);
        return pool;
    }

    private void waitForTheDatabase() {
        try {
            awaitReady(READY_WAIT);
        } catch (ServiceUnavailableResponse e) {
            throw e;
        } catch (RuntimeException e) {
            // serve stops on this failure; until it has, the person gets a plain answer.
            throw new ServiceUnavailableResponse("The database could not be made ready; try again shortly.");
        }
    }

    public int port() {
        return app.port();
    }

    /** One registered route: its method, path and whether it is open to everyone. */
    public record Route(String method, String path, boolean isPublic) {}

    /** Every HTTP route the server answers, for the authorization-matrix test and for docs. */
    public List<Route> routes() {
        return app.unsafe.internalRouter.allHttpHandlers().stream()
                .map(parsed -> parsed.endpoint)
                .filter(endpoint -> endpoint.method.isHttpMethod())
                .map(endpoint -> {
                    io.javalin.security.Roles roles = endpoint.metadata(io.javalin.security.Roles.class);
                    boolean open = roles != null && roles.getRoles().contains(Access.PUBLIC);
                    return new Route(endpoint.method.name(), endpoint.path, open);
                })
                .toList();
    }

    public void stop() {
        idleMemory.close();
        app.stop();
    }

    /** Deny by default: a route with no role at all is treated as needing an account. */
    private static void requireAccess(Context ctx, Authenticator authenticator) {
        Set<RouteRole> roles = ctx.routeRoles();
        if (roles.contains(Access.PUBLIC)) {
            return;
        }
        Optional<AccountId> account = authenticator.authenticate(ctx);
        if (account.isEmpty()) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new UnauthorizedResponse("Sign in first: send Authorization: Bearer TOKEN.");
        }
        ctx.attribute(Requests.ACCOUNT, account.get());
    }

    private static void registerErrorHandling(JavalinConfig config) {
        config.routes.exception(InvalidInputException.class,
                (e, ctx) -> Problem.send(ctx, Problem.invalid(e.errors())));
        config.routes.exception(HttpResponseException.class,
                (e, ctx) -> Problem.send(ctx, e.getStatus(), detail(e)));
        config.routes.exception(Exception.class, (e, ctx) -> {
            Optional<DatabaseTrouble> trouble = DatabaseTrouble.of(e);
            if (trouble.isPresent()) {
                sendDatabaseTrouble(ctx, trouble.get(), e);
                return;
            }
            LOG.error("request {} {} failed", ctx.method(), ctx.path(), e);
            Problem.send(ctx, 500, GENERIC_500);
        });
        config.router.javaLangErrorHandler((response, error) -> {
            LOG.error("request failed with an error", error);
            writeGeneric500(response);
        });
    }

    /** An operator's problem, not a bug: one log line, and a plain answer the client may retry. */
    private static void sendDatabaseTrouble(Context ctx, DatabaseTrouble trouble, Exception e) {
        LOG.warn("request {} {} met a database that is {}: {}", ctx.method(), ctx.path(),
                trouble.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '), rootMessage(e));
        if (trouble.status == 503) {
            ctx.header("Retry-After", "5");
        }
        Problem.send(ctx, trouble.status, trouble.detail);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        for (int depth = 0; root.getCause() != null && root.getCause() != root && depth < 20; depth++) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static String detail(HttpResponseException e) {
        return switch (e.getStatus()) {
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not take that method.";
            default -> e.getMessage() == null || e.getMessage().isBlank() ? "The request was refused." : e.getMessage();
        };
    }

    private static void writeGeneric500(jakarta.servlet.http.HttpServletResponse response) {
        try {
            response.reset();
            response.setStatus(500);
            response.setContentType(Problem.CONTENT_TYPE);
            response.getOutputStream().write(Json.bytes(Problem.document(500, GENERIC_500)));
        } catch (IOException | IllegalStateException e) {
            LOG.warn("could not write the error answer", e);
        }
    }
}
