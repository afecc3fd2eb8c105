package kz.utm.core.user;

import java.util.Objects;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

/**
 * The default {@link PasswordHasher}: Argon2id (RFC 9106) through password4j.
 *
 * <p>Hashes are PHC strings ({@code $argon2id$v=19$m=...,t=...,p=...$salt$hash}) that carry
 * their own parameters, so hashes made with older parameters still verify after the
 * parameters are raised. Verification compares in constant time. Thread-safe.
 */
public final class Argon2PasswordHasher implements PasswordHasher {

    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;

    private final Argon2Function function;

    private Argon2PasswordHasher(int memoryKib, int iterations, int parallelism) {
        this.function = Argon2Function.getInstance(memoryKib, iterations, parallelism, HASH_BYTES, Argon2.ID);
    }

    /**
     * Argon2id with RFC 9106's second recommended option, for servers: 64 MiB of memory, three
     * passes, four lanes.
     */
    public static Argon2PasswordHasher recommended() {
        return new Argon2PasswordHasher(64 * 1024, 3, 4);
    }

    /**
     * Argon2id with the given cost. Cheap parameters suit tests and demos only.
     *
     * @param memoryKib memory in KiB, at least 8 times {@code parallelism}
     * @param iterations passes over memory, at least 1
     * @param parallelism lanes, at least 1
     * @throws IllegalArgumentException if a parameter is out of range
     */
    public static Argon2PasswordHasher withCost(int memoryKib, int iterations, int parallelism) {
        if (parallelism < 1 || iterations < 1 || memoryKib < 8 * parallelism) {
            throw new IllegalArgumentException("Argon2 needs parallelism >= 1, iterations >= 1 and memory >= 8 KiB"
                    + " per lane; got m=" + memoryKib + ", t=" + iterations + ", p=" + parallelism);
        }
        return new Argon2PasswordHasher(memoryKib, iterations, parallelism);
    }

    @Override
    public String hash(CharSequence password) {
        Objects.requireNonNull(password, "password");
        return Password.hash(password).addRandomSalt(SALT_BYTES).with(function).getResult();
    }

    @Override
    public boolean matches(CharSequence password, String hash) {
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(hash, "hash");
        if (!hash.startsWith("$argon2")) {
            return false;
        }
        try {
            // The hash's own parameters decide the check, not this hasher's current ones.
            return Argon2Function.getInstanceFromHash(hash).check(password, hash);
        } catch (RuntimeException malformed) {
            return false;
        }
    }
}
