package kz.utm.core.common.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link Heading} on {@code double} and {@code Double} values:
 * finite and in {@code [0, 360)}. {@code null} is valid.
 *
 * <p>Stateless and allocation-free; one instance may serve any number of threads.
 */
public final class HeadingValidatorForDouble implements ConstraintValidator<Heading, Double> {

    /** Creates the validator; the validation provider does this. */
    public HeadingValidatorForDouble() {
    }

    @Override
    public boolean isValid(Double value, ConstraintValidatorContext context) {
        return value == null || Degrees.isHeading(value);
    }
}
