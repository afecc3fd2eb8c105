package kz.utm.core.common.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link E164}: a {@code '+'} and 1 to 15 ASCII digits, the first not {@code 0}.
 * {@code null} is valid.
 *
 * <p>Stateless and allocation-free; one instance may serve any number of threads.
 */
public final class E164Validator implements ConstraintValidator<E164, CharSequence> {

    /** The most digits E.164 allows after the plus sign. */
    private static final int MAX_DIGITS = 15;

    /** Creates the validator; the validation provider does this. */
    public E164Validator() {
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || isE164(value);
    }

    static boolean isE164(CharSequence value) {
        int length = value.length();
        return length >= 2
                && length <= MAX_DIGITS + 1
                && value.charAt(0) == '+'
                && value.charAt(1) != '0'
                && AsciiDigits.allDigits(value, 1, length);
    }
}
