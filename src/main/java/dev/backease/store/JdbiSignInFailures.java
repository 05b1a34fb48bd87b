package dev.backease.store;

import dev.backease.account.SignInFailures;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

final class JdbiSignInFailures implements SignInFailures {
    private final Jdbi jdbi;
    private final Writes writes;

    JdbiSignInFailures(Database database) {
        this.jdbi = database.jdbi();
        this.writes = database.writes();
    }

    @Override
    public void add(String key, Instant at) {
        writes.useTransaction(h -> h.createUpdate("INSERT INTO sign_in_failures (throttle_key, at) VALUES (:key, :at)")
                .bind("key", key).bind("at", at).execute());
    }

    @Override
    public List<Instant> since(String key, Instant from) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT at FROM sign_in_failures WHERE throttle_key = :key AND at >= :from ORDER BY at")
                .bind("key", key).bind("from", from)
                .map((rs, ctx) -> Rows.instant(rs, "at")).list());
    }

    @Override
    public void clear(String key) {
        writes.useTransaction(h -> h.createUpdate("DELETE FROM sign_in_failures WHERE throttle_key = :key").bind("key", key).execute());
    }

    @Override
    public void forgetBefore(Instant moment) {
        writes.useTransaction(h -> h.createUpdate("DELETE FROM sign_in_failures WHERE at < :moment").bind("moment", moment).execute());
    }
}
