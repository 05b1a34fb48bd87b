package dev.backease.web;

import dev.backease.account.AccountId;
import io.javalin.http.Context;
import java.util.Optional;

/** Finds the account behind a request (bearer token or web session), if any. */
@FunctionalInterface
public interface Authenticator {
    Optional<AccountId> authenticate(Context ctx);

    /** Nobody is ever signed in: used until accounts are wired. */
    Authenticator NOBODY = ctx -> Optional.empty();
}
