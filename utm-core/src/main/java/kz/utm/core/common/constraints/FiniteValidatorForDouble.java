package kz.utm.core.common.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link Finite} on {@code double} and {@code Double} values: neither NaN nor infinite.
 * {@code null} is valid.
 *
 * <p>Stateless and allocation-free; one instance may serve any number of threads.
 */
public final class FiniteValidatorForDouble implements ConstraintValidator<Finite, Double> {

    /** Creates the validator; the validation provider does this. */
    public FiniteValidatorForDouble() {
    }

    @Override
    public boolean isValid(Double value, ConstraintValidatorContext context) {
        return value == null || Double.isFinite(value);
    }
}
