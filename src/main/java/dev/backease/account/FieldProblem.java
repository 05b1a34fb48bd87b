package dev.backease.account;

/** A problem with one field of a request, e.g. ("password", "must be at least 8 characters"). */
public record FieldProblem(String field, String problem) {
}
