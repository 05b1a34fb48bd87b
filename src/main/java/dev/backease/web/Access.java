package dev.backease.web;

import io.javalin.security.RouteRole;

/**
 * Who may call a route. Deny by default: every route must be registered with one of these,
 * and only {@link #PUBLIC} routes are served without a signed-in account.
 */
public enum Access implements RouteRole {
    /** Anyone, signed in or not (screening, planning, sign-up, static assets). */
    PUBLIC,
    /** A signed-in account: bearer token for the API, session cookie for pages. */
    ACCOUNT
}
