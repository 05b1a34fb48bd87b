package dev.backease.account;

import java.time.Instant;

/** A health record as stored (a live session, session event or journal entry): its JSON text, untouched. */
public record StoredDocument(String id, Instant at, String kind, String json) {
}
