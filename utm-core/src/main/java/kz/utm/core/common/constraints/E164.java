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
 * The annotated {@link CharSequence} must be a phone number in ITU-T E.164 form: a {@code '+'}
 * followed by 1 to 15 ASCII digits, the first of them {@code 1..9} (a country code never starts
 * with 0). So the whole value is at most 16 characters, which fits the 20-character phone column.
 *
 * <p>Only the canonical form is valid: spaces, dashes, parentheses, a leading {@code 00} instead of
 * {@code '+'} or non-ASCII digits make the value invalid; normalize input before storing it.
 * Whether the country code is assigned is not checked.
 *
 * <p>{@code null} is valid; combine with {@code @NotNull} where a number is required. Supported
 * type: {@code CharSequence} (so {@code String}); on any other type the validation provider rejects
 * the constraint with an {@code UnexpectedTypeException}. The validator is stateless and safe for
 * concurrent use.
 */
@Documented
@Retention(RUNTIME)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE, ANNOTATION_TYPE})
@Constraint(validatedBy = {E164Validator.class})
public @interface E164 {

    /**
     * The message of a violation.
     *
     * @return the message template
     */
    String message() default "must be an E.164 phone number: a plus sign followed by 1 to 15"
            + " digits, the first not 0";

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
