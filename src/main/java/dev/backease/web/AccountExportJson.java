package dev.backease.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.backease.account.AccountExport;
import dev.backease.account.AuditEvent;
import dev.backease.account.StoredDocument;
import java.time.Instant;
import java.util.List;

/** The export as one JSON document. Stored health documents are embedded as the JSON they are. */
final class AccountExportJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private AccountExportJson() {
    }

    static String render(AccountExport export) {
        ObjectNode root = JSON.createObjectNode();
        root.put("exportedAt", text(export.exportedAt()));
        ObjectNode account = root.putObject("account");
        account.put("id", export.account().id().value());
        account.put("username", export.account().username().value());
        account.put("createdAt", text(export.account().createdAt()));
        account.put("password", "stored only as an Argon2id hash, not included");
        ArrayNode tokens = root.putArray("apiTokens");
        export.tokens().forEach(t -> tokens.addObject()
                .put("createdAt", text(t.createdAt())).put("lastUsedAt", text(t.lastUsedAt())));
        ArrayNode sessions = root.putArray("webSessions");
        export.webSessions().forEach(s -> sessions.addObject()
                .put("createdAt", text(s.createdAt())).put("lastSeenAt", text(s.lastSeenAt())));
        documents(root.putArray("sessions"), export.liveSessions());
        documents(root.putArray("sessionEvents"), export.sessionEvents());
        documents(root.putArray("journalEntries"), export.journalEntries());
        root.put("calendarAddressCreatedAt", text(export.calendarAddressCreatedAt()));
        ArrayNode audit = root.putArray("auditLog");
        export.auditLog().forEach(e -> audit.add(auditEntry(e)));
        return root.toString();
    }

    private static void documents(ArrayNode into, List<StoredDocument> documents) {
        documents.forEach(d -> {
            ObjectNode node = into.addObject().put("id", d.id()).put("at", text(d.at())).put("kind", d.kind());
            node.set("document", parse(d.json()));
        });
    }

    private static ObjectNode auditEntry(AuditEvent e) {
        return JSON.createObjectNode().put("at", text(e.at())).put("action", e.action().wireName())
                .put("subject", e.subject()).put("client", e.client());
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException notJson) {
            return JSON.getNodeFactory().textNode(json);
        }
    }

    private static String text(Instant at) {
        return at == null ? null : at.toString();
    }
}
