package dev.backease.account;

/** A web session just started: the cookie secret (given to the browser once) and its CSRF token. */
public record NewWebSession(String secret, WebSession session) {
}
