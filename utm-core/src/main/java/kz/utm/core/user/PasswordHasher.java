package kz.utm.core.user;

/**
 * Port that turns passwords into one-way hashes and checks passwords against them.
 *
 * <p>{@code hashed_password} holds only what {@link #hash} returns, never a password.
 * Implementations must be thread-safe, salt every hash, and compare in constant time.
 */
public interface PasswordHasher {

    /**
     * Hashes a password with a fresh random salt.
     *
     * @return the encoded hash, algorithm and parameters included, at most 255 characters
     */
    String hash(CharSequence password);

    /**
     * Whether the password matches the encoded hash. Never throws on a malformed hash: it
     * simply does not match.
     */
    boolean matches(CharSequence password, String hash);
}
