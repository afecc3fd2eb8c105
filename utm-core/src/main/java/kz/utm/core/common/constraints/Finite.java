package kz.utm.core.common.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated floating-point number must be finite: neither NaN nor positive or negative
 * infinity. Every finite value, including {@code -0.0}, the largest magnitudes and subnormals, is
 * valid.
 *
 * <p>{@code null} is valid; combine with {@code @NotNull} where a value is required (a primitive
 * {@code double} or {@code float} is never null). Supported types: {@code double},
 * {@code Double}, {@code float} and {@code Float}; on any other type the validation provider
 * rejects the constraint with an {@code UnexpectedTypeException}. A {@code float} is checked at its
 * exact value, widened to {@code double}. The validators are stateless and safe for concurrent use.
 */
@Documented
@Retention(RUNTIME)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE, ANNOTATION_TYPE})
@Constraint(validatedBy = {FiniteValidatorForDouble.class, FiniteValidatorForFloat.class})
public @interface Finite {

    /**
     * The message of a violation.
     *
     * @return the message template
     */
    String message() default "must be a finite number, not NaN or infinite";

    /**
     * The validation groups the constraint belongs to.
     *
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * Payload for clients of the validation API.
     *
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};
}
