package kz.utm.core.common.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link Bin}: 12 ASCII digits, a registration month 01-12, an entity type digit 4-6, an
 * attribute digit 0-3 and a correct check digit. {@code null} is valid.
 *
 * <p>Stateless and allocation-free; one instance may serve any number of threads.
 */
public final class BinValidator implements ConstraintValidator<Bin, CharSequence> {

    /** Creates the validator; the validation provider does this. */
    public BinValidator() {
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || isBin(value);
    }

    static boolean isBin(CharSequence value) {
        if (value.length() != KazakhIdChecksum.LENGTH
                || !AsciiDigits.allDigits(value, 0, KazakhIdChecksum.LENGTH)) {
            return false;
        }
        int month = AsciiDigits.twoDigitsAt(value, 2);
        int type = AsciiDigits.digitAt(value, 4);
        int attribute = AsciiDigits.digitAt(value, 5);
        if (month < 1 || month > 12 || type < 4 || type > 6 || attribute > 3) {
            return false;
        }
        return KazakhIdChecksum.checkDigitOfDigits(value) == AsciiDigits.digitAt(value, 11);
    }
}
