package kz.utm.core.common.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.Month;
import java.time.Year;

/**
 * Checks {@link Iin}: 12 ASCII digits, a real date of birth in the century that digit 7 names, and
 * a correct check digit. {@code null} is valid.
 *
 * <p>Stateless and allocation-free; one instance may serve any number of threads.
 */
public final class IinValidator implements ConstraintValidator<Iin, CharSequence> {

    /** Creates the validator; the validation provider does this. */
    public IinValidator() {
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || isIin(value);
    }

    static boolean isIin(CharSequence value) {
        if (value.length() != KazakhIdChecksum.LENGTH
                || !AsciiDigits.allDigits(value, 0, KazakhIdChecksum.LENGTH)) {
            return false;
        }
        int centuryAndSex = AsciiDigits.digitAt(value, 6);
        if (centuryAndSex < 1 || centuryAndSex > 6) {
            return false;
        }
        // 1,2 -> 1800; 3,4 -> 1900; 5,6 -> 2000.
        int year = 1800 + (centuryAndSex - 1) / 2 * 100 + AsciiDigits.twoDigitsAt(value, 0);
        int month = AsciiDigits.twoDigitsAt(value, 2);
        int day = AsciiDigits.twoDigitsAt(value, 4);
        if (month < 1 || month > 12 || day < 1 || day > Month.of(month).length(Year.isLeap(year))) {
            return false;
        }
        return KazakhIdChecksum.checkDigitOfDigits(value) == AsciiDigits.digitAt(value, 11);
    }
}
