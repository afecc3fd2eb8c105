package kz.utm.examples.server;

import java.security.SecureRandom;
import java.util.Base64;

/** A strong password for a first admin whose password was not configured. */
final class FirstAdminPassword {

    private static final SecureRandom RANDOM = new SecureRandom();

    private FirstAdminPassword() {
    }

    /** 18 random bytes, URL-safe Base64: 24 characters, 144 bits. */
    static String generate() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
