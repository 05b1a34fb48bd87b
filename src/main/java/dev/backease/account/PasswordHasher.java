package dev.backease.account;

/** One-way password hashing (implemented with Argon2id in the store adapter). */
public interface PasswordHasher {
    String hash(String password);

    boolean matches(String password, String hash);
}
