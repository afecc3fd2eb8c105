package kz.utm.core.common.constraints;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Set;

/**
 * The validation provider on the test class path (Hibernate Validator), built once for all the
 * constraint tests: the constraints are tested as services will run them, not by calling the
 * validators by hand.
 */
final class RealValidator {

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();

    private RealValidator() {
    }

    static Validator get() {
        return FACTORY.getValidator();
    }

    /** Whether {@code value} satisfies the constraints on {@code property} of {@code type}. */
    static <T> boolean accepts(Class<T> type, String property, Object value) {
        return get().validateValue(type, property, value).isEmpty();
    }

    /** The property paths of all violations of {@code bean}, as the provider renders them. */
    static List<String> violatedPaths(Object bean) {
        Set<ConstraintViolation<Object>> violations = get().validate(bean);
        return violations.stream().map(v -> v.getPropertyPath().toString()).sorted().toList();
    }

    /** The messages of all violations of {@code bean}. */
    static List<String> messages(Object bean) {
        return get().validate(bean).stream().map(ConstraintViolation::getMessage).toList();
    }
}
