package kz.utm.core.common.constraints;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * The check digit of Kazakhstan's 12-digit identification numbers: the IIN of a person and the
 * BIN of a legal entity share it.
 *
 * <p>The algorithm: multiply digits 1 to 11 by the weights 1 to 11 and take the sum modulo 11.
 * If that is 10, multiply the same digits by the weights 3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2 and take
 * the sum modulo 11 again. If it is still 10, no check digit exists and no number with these first
 * 11 digits is valid; otherwise the result is the check digit, which must equal digit 12.
 *
 * <p>This class checks the check digit only; {@link Iin} and {@link Bin} add the rules on the
 * other digits. Stateless; safe for concurrent use.
 */
public final class KazakhIdChecksum {

    /** How many digits an IIN or BIN has, check digit included. */
    public static final int LENGTH = 12;

    private static final int BODY_LENGTH = LENGTH - 1;

    private KazakhIdChecksum() {
    }

    /**
     * Computes the check digit for the first 11 digits of {@code digits}.
     *
     * @param digits 11 ASCII digits, or a 12-character number whose first 11 characters are ASCII
     *     digits (its 12th character is not read)
     * @return the check digit {@code 0..9}, or empty when both passes give 10, in which case no
     *     12th digit makes the number valid
     * @throws NullPointerException if {@code digits} is null
     * @throws IllegalArgumentException if {@code digits} is not 11 or 12 characters long or one of
     *     its first 11 characters is not an ASCII digit
     */
    public static OptionalInt checkDigit(CharSequence digits) {
        Objects.requireNonNull(digits, "digits");
        if (digits.length() != BODY_LENGTH && digits.length() != LENGTH) {
            throw new IllegalArgumentException(
                    "expected 11 or 12 characters but got " + digits.length());
        }
        if (!AsciiDigits.allDigits(digits, 0, BODY_LENGTH)) {
            throw new IllegalArgumentException("the first 11 characters must be ASCII digits");
        }
        int check = checkDigitOfDigits(digits);
        return check < 0 ? OptionalInt.empty() : OptionalInt.of(check);
    }

    /**
     * Whether {@code number} is 12 ASCII digits whose last digit is the check digit of the first
     * 11. Anything else, whatever its length or characters, gives {@code false}.
     *
     * @param number the candidate number
     * @return true if the check digit is correct
     * @throws NullPointerException if {@code number} is null
     */
    public static boolean hasValidCheckDigit(CharSequence number) {
        Objects.requireNonNull(number, "number");
        if (number.length() != LENGTH || !AsciiDigits.allDigits(number, 0, LENGTH)) {
            return false;
        }
        return checkDigitOfDigits(number) == AsciiDigits.digitAt(number, BODY_LENGTH);
    }

    /**
     * The check digit of the first 11 characters, already known to be ASCII digits, or -1 when
     * none exists.
     */
    static int checkDigitOfDigits(CharSequence digits) {
        int first = 0;
        int second = 0;
        for (int i = 0; i < BODY_LENGTH; i++) {
            int digit = AsciiDigits.digitAt(digits, i);
            first += digit * (i + 1);
            // The second pass shifts the weights by two and wraps 11 round to 1: 3..11, 1, 2.
            second += digit * ((i + 2) % BODY_LENGTH + 1);
        }
        int check = first % 11;
        if (check != 10) {
            return check;
        }
        check = second % 11;
        return check != 10 ? check : -1;
    }
}
