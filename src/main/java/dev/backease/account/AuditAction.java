package dev.backease.account;

import java.util.Locale;

/** What an audit log entry records. Never carries health data or secrets, only what kind of thing happened. */
public enum AuditAction {
    ACCOUNT_CREATED,
    SIGN_IN_SUCCEEDED,
    SIGN_IN_FAILED,
    SIGN_IN_THROTTLED,
    TOKEN_ISSUED,
    TOKEN_USED,
    TOKEN_REVOKED,
    WEB_SESSION_STARTED,
    WEB_SESSION_ENDED,
    HEALTH_DATA_READ,
    HEALTH_DATA_WRITTEN,
    DATA_EXPORTED,
    ACCOUNT_DELETED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AuditAction fromWireName(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
