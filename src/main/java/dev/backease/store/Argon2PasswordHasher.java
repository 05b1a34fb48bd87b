package dev.backease.store;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import dev.backease.account.PasswordHasher;

/**
 * Argon2id with OWASP's recommended minimum: 19 MiB of memory, 2 iterations, 1 lane. At most one
 * hash per processor runs at a time: each takes 19 MiB and keeps a core busy, so a burst of sign-ins
 * queues here instead of pushing the heap past its limit or starving every other request.
 */
public final class Argon2PasswordHasher implements PasswordHasher {
    public static final int MEMORY_KIB = 19_456;
    public static final int ITERATIONS = 2;
    public static final int PARALLELISM = 1;
    private static final int HASH_BYTES = 32;
    private static final int SALT_BYTES = 16;

    private final ConcurrencyGate gate = new ConcurrencyGate(Runtime.getRuntime().availableProcessors());

    @Override
    public String hash(String password) {
        return gate.run(() -> Password.hash(password).addRandomSalt(SALT_BYTES).with(function()).getResult());
    }

    @Override
    public boolean matches(String password, String hash) {
        return gate.run(() -> {
            try {
                return Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash));
            } catch (RuntimeException malformedHash) {
                return false;
            }
        });
    }

    /**
     * password4j keeps one instance per parameter set, holding a 19 MiB template of the memory
     * blocks; asking for it here, not at construction, keeps that off the heap until the first
     * sign-up or sign-in instead of paying for it at every start (and in every CLI command).
     */
    private static Argon2Function function() {
        return Argon2Function.getInstance(MEMORY_KIB, ITERATIONS, PARALLELISM, HASH_BYTES, Argon2.ID);
    }
}
