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
 * The annotated floating-point number must be a WGS84 longitude in decimal degrees: finite and in
 * the closed range {@code [-180, 180]}; both ends of the antimeridian are accepted. NaN, infinities
 * and values outside the range are invalid: the constraint does not wrap them round.
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
@Constraint(validatedBy = {LongitudeValidatorForDouble.class, LongitudeValidatorForFloat.class})
public @interface Longitude {

    /**
     * The message of a violation.
     *
     * @return the message template
     */
    String message() default "must be a finite longitude in degrees, from -180 to 180";

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
