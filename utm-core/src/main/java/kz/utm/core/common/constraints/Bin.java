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
 * The annotated {@link CharSequence} must be a Kazakhstan business identification number (BIN) of
 * a legal entity, such as an organization operating drones.
 *
 * <p>Valid means exactly 12 ASCII digits, read as:
 * <ol>
 *   <li>digits 1-4, {@code YYMM}: the year and month of registration, month 01-12;</li>
 *   <li>digit 5: the entity type, {@code 4} (resident legal entity), {@code 5} (non-resident legal
 *       entity) or {@code 6} (individual entrepreneurs acting jointly);</li>
 *   <li>digit 6: an additional attribute, {@code 0..3} (head office, branch, representative
 *       office, peasant farm acting jointly);</li>
 *   <li>digits 7-11: a serial number, any digits;</li>
 *   <li>digit 12: the check digit computed by {@link KazakhIdChecksum}; numbers whose first 11
 *       digits have no check digit are invalid whatever digit 12 is.</li>
 * </ol>
 * Surrounding whitespace, separators and non-ASCII digits make the value invalid.
 *
 * <p>{@code null} is valid; combine with {@code @NotNull} where a number is required. Supported
 * type: {@code CharSequence} (so {@code String}); on any other type the validation provider rejects
 * the constraint with an {@code UnexpectedTypeException}. The validator is stateless and safe for
 * concurrent use.
 */
@Documented
@Retention(RUNTIME)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE, ANNOTATION_TYPE})
@Constraint(validatedBy = BinValidator.class)
public @interface Bin {

    /**
     * The message of a violation.
     *
     * @return the message template
     */
    String message() default "must be a valid BIN: 12 digits with a correct check digit";

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
