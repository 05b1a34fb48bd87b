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

    private static final String INSERT = "INSERT INTO audit_log (at, account_id, action, subject, client)\n";
    private static final String VALUES = ":recordAt, :recordAccount, :recordAction, :recordSubject, :recordClient";

    /** The record's row, in the transaction of the change it records. */
    static void insert(Handle h, AuditEvent event) {
        bindRecord(h.createUpdate(INSERT + "VALUES (" + VALUES + ")"), event).execute();
    }

    /**
     * The record's row inserted once for each row of {@code source}, a {@code WITH} part of the same
     * statement (PostgreSQL): so a record is kept only when what it records was found or changed.
     * Its values are bound by {@link #bindRecord}.
     */
    static String insertForEachRowOf(String source) {
        return INSERT + "SELECT " + VALUES + " FROM " + source;
    }

    /** Binds the record's values for {@link #insert} and {@link #insertForEachRowOf}. */
    static <S extends SqlStatement<S>> S bindRecord(S statement, AuditEvent event) {
        return statement.bind("recordAt", event.at())
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
