package kz.utm.core.common.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link Longitude} on {@code float} and {@code Float} values:
 * finite and in {@code [-180, 180]}. {@code null} is valid.
 *
 * <p>Stateless and allocation-free; one instance may serve any number of threads.
 */
public final class LongitudeValidatorForFloat implements ConstraintValidator<Longitude, Float> {

    /** Creates the validator; the validation provider does this. */
    public LongitudeValidatorForFloat() {
    }

    @Override
    public boolean isValid(Float value, ConstraintValidatorContext context) {
        // Widening to double is exact, so the float is checked at its own value.
        return value == null || Degrees.isLongitude(value);
    }
}
