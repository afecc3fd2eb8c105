package kz.utm.core.common.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link Latitude} on {@code double} and {@code Double} values:
 * finite and in {@code [-90, 90]}. {@code null} is valid.
 *
 * <p>Stateless and allocation-free; one instance may serve any number of threads.
 */
public final class LatitudeValidatorForDouble implements ConstraintValidator<Latitude, Double> {

    /** Creates the validator; the validation provider does this. */
    public LatitudeValidatorForDouble() {
    }

    @Override
    public boolean isValid(Double value, ConstraintValidatorContext context) {
        return value == null || Degrees.isLatitude(value);
    }
}
