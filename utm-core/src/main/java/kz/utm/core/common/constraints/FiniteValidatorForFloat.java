package kz.utm.core.common.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link Finite} on {@code float} and {@code Float} values: neither NaN nor infinite.
 * {@code null} is valid.
 *
 * <p>Stateless and allocation-free; one instance may serve any number of threads.
 */
public final class FiniteValidatorForFloat implements ConstraintValidator<Finite, Float> {

    /** Creates the validator; the validation provider does this. */
    public FiniteValidatorForFloat() {
    }

    @Override
    public boolean isValid(Float value, ConstraintValidatorContext context) {
        return value == null || Float.isFinite(value);
    }
}
