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
 * The annotated {@link CharSequence} must be a Kazakhstan individual identification number (IIN) of
 * a person.
 *
 * <p>Valid means exactly 12 ASCII digits, read as:
 * <ol>
 *   <li>digits 1-6, {@code YYMMDD}: the date of birth, a real calendar date (month 01-12, a day
 *       that exists in that month of that year);</li>
 *   <li>digit 7: century and sex, {@code 1..6}; 1 and 2 mean the 1800s, 3 and 4 the 1900s, 5 and 6
 *       the 2000s, which fixes the year, so 29 February is accepted only in a leap year
 *       ({@code 000229} with digit 5 is 2000-02-29 and valid; with digit 3 it is 1900-02-29 and
 *       invalid);</li>
 *   <li>digits 8-11: a serial number, any digits;</li>
 *   <li>digit 12: the check digit computed by {@link KazakhIdChecksum}; numbers whose first 11
 *       digits have no check digit are invalid whatever digit 12 is.</li>
 * </ol>
 * Surrounding whitespace, separators and non-ASCII digits make the value invalid. Whether the date
 * of birth lies in the future is not checked: that needs a clock, which a constraint has not.
 *
 * <p>{@code null} is valid; combine with {@code @NotNull} where a number is required. Supported
 * type: {@code CharSequence} (so {@code String}); on any other type the validation provider rejects
 * the constraint with an {@code UnexpectedTypeException}. The validator is stateless and safe for
 * concurrent use.
 */
@Documented
@Retention(RUNTIME)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE, ANNOTATION_TYPE})
@Constraint(validatedBy = IinValidator.class)
public @interface Iin {

    /**
     * The message of a violation.
     *
     * @return the message template
     */
    String message() default "must be a valid IIN: 12 digits starting with a date of birth,"
            + " with a correct check digit";

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
