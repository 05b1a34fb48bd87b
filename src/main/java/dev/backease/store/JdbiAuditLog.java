package dev.backease.store;

import dev.backease.account.AccountId;
import dev.backease.account.AuditAction;
import dev.backease.account.AuditEvent;
import dev.backease.account.AuditLog;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.SqlStatement;

final class JdbiAuditLog implements AuditLog {
    private static final RowMapper<AuditEvent> EVENT = (rs, ctx) -> new AuditEvent(
            Rows.instant(rs, "at"),
            rs.getString("account_id") == null ? null : new AccountId(rs.getString("account_id")),
            AuditAction.fromWireName(rs.getString("action")), rs.getString("subject"), rs.getString("client"));

    private final Jdbi jdbi;
    private final Writes writes;

    JdbiAuditLog(Database database) {
        this.jdbi = database.jdbi();
        this.writes = database.writes();
    }

    @Override
    public void record(AuditEvent event) {
        writes.useTransaction(h -> insert(h, event));
    }

    /** The record's row, in the transaction of the change it records. */
    static void insert(Handle h, AuditEvent event) {
        h.createUpdate("""
                        INSERT INTO audit_log (at, account_id, action, subject, client)
                        VALUES (:at, :account, :action, :subject, :client)""")
                .bind("at", event.at())
                .bind("account", event.accountId() == null ? null : event.accountId().value())
                .bind("action", event.action().wireName())
                .bind("subject", event.subject())
                .bind("client", event.client())
                .execute();
    }

    /**
     * The record's row inserted once for each row of {@code source}, a {@code WITH} part of the same
     * statement (PostgreSQL): so a record is kept only when what it records was found or changed.
     * Its values are bound by {@link #bindForEachRow}.
     */
    static String insertForEachRowOf(String source) {
        return """
                INSERT INTO audit_log (at, account_id, action, subject, client)
                SELECT :recordAt, :recordAccount, :recordAction, :recordSubject, :recordClient FROM\s"""
                + source;
    }

    static void bindForEachRow(SqlStatement<?> statement, AuditEvent event) {
        statement.bind("recordAt", event.at())
                .bind("recordAccount", event.accountId() == null ? null : event.accountId().value())
                .bind("recordAction", event.action().wireName())
                .bind("recordSubject", event.subject())
                .bind("recordClient", event.client());
    }

    @Override
    public List<AuditEvent> of(AccountId accountId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM audit_log WHERE account_id = :account ORDER BY at, id")
                .bind("account", accountId.value()).map(EVENT).list());
    }
}
