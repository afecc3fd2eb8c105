package kz.utm.core.common.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link Longitude} on {@code double} and {@code Double} values:
 * finite and in {@code [-180, 180]}. {@code null} is valid.
 *
 * <p>Stateless and allocation-free; one instance may serve any number of threads.
 */
public final class LongitudeValidatorForDouble implements ConstraintValidator<Longitude, Double> {

    /** Creates the validator; the validation provider does this. */
    public LongitudeValidatorForDouble() {
    }

    @Override
    public boolean isValid(Double value, ConstraintValidatorContext context) {
        return value == null || Degrees.isLongitude(value);
    }
}
