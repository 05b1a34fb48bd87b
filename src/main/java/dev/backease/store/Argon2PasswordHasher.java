package dev.backease.store;

import dev.backease.account.PasswordHasher;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Argon2id with OWASP's recommended minimum: 19 MiB of memory, 2 iterations, 1 lane, a 16-byte
 * random salt and a 32-byte hash, stored as a PHC string ({@code $argon2id$v=19$m=19456,t=2,p=1$...}).
 * A stored hash is checked with the parameters written in it, so hashes made with other parameters
 * (or by password4j, which this program used before) keep working.
 *
 * <p>At most one hash per processor runs at a time: each takes 19 MiB and keeps a core busy, so a
 * burst of sign-ins queues here instead of pushing the heap past its limit or starving every other
 * request. The memory blocks are allocated per hash and are garbage once it is done: nothing of
 * them is kept between sign-ins.
 */
public final class Argon2PasswordHasher implements PasswordHasher {
    public static final int MEMORY_KIB = 19_456;
    public static final int ITERATIONS = 2;
    public static final int PARALLELISM = 1;
    private static final int HASH_BYTES = 32;
    private static final int SALT_BYTES = 16;
    private static final String ARGON2ID = "$argon2id$";

    private final ConcurrencyGate gate = new ConcurrencyGate(Runtime.getRuntime().availableProcessors());
    private final Argon2PasswordEncoder encoder =
            new Argon2PasswordEncoder(SALT_BYTES, HASH_BYTES, PARALLELISM, MEMORY_KIB, ITERATIONS);

    @Override
    public String hash(String password) {
        return gate.run(() -> encoder.encode(password));
    }

    /**
     * False for a wrong password, and for anything stored that is not an Argon2id hash: the weaker
     * Argon2 variants (d, i) are not accepted even when well formed.
     */
    @Override
    public boolean matches(String password, String hash) {
        if (password == null || hash == null || !hash.startsWith(ARGON2ID)) {
            return false;
        }
        return gate.run(() -> {
            try {
                return encoder.matches(password, hash);
            } catch (RuntimeException malformedHash) {
                return false;
            }
        });
    }
}
