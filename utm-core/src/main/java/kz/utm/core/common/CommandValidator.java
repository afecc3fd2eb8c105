package kz.utm.core.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

/**
 * Runs a command's Jakarta Validation constraints, and its cross-field rules, and raises one
 * {@link ValidationException} naming every offending field.
 *
 * <p>Thread-safe: a Jakarta {@link Validator} is.
 */
public final class CommandValidator {

    private final Validator validator;

    /**
     * Uses the given validator.
     *
     * @throws NullPointerException if {@code validator} is null
     */
    public CommandValidator(Validator validator) {
        this.validator = Objects.requireNonNull(validator, "validator");
    }

    /**
     * Uses the default Jakarta Validation provider found on the class path (Hibernate Validator).
     *
     * @throws jakarta.validation.ValidationException if no provider is on the class path
     */
    public static CommandValidator withDefaultProvider() {
        @SuppressWarnings("resource") // the factory lives as long as the validator it made
        ValidatorFactory factory = Validation.buildDefaultValidatorFactory();
        return new CommandValidator(factory.getValidator());
    }

    /**
     * Checks the command.
     *
     * @throws ValidationException naming every field that breaks a constraint or, for a
     *     {@link CrossFieldChecked} command, a cross-field rule
     * @throws NullPointerException if {@code command} is null
     */
    public void check(Object command) {
        Objects.requireNonNull(command, "command");
        List<FieldError> errors = new ArrayList<>();
        Set<ConstraintViolation<Object>> violations = validator.validate(command);
        for (ConstraintViolation<Object> violation : violations) {
            errors.add(new FieldError(fieldName(violation.getPropertyPath()), violation.getMessage()));
        }
        if (command instanceof CrossFieldChecked checked) {
            errors.addAll(checked.crossFieldErrors());
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors.stream().distinct().toList());
        }
    }

    // Hibernate Validator names container elements (<list element>, <optional element>) as nodes
    // of their own and puts an element's index on the node after the container; callers think
    // in fields and indexes: waypoints[2].latitude.
    private static String fieldName(Path path) {
        StringBuilder name = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable() && node.getIndex() != null) {
                name.append('[').append(node.getIndex()).append(']');
            }
            String nodeName = node.getName();
            if (nodeName != null && !nodeName.startsWith("<")) {
                if (name.length() > 0) {
                    name.append('.');
                }
                name.append(nodeName);
            }
        }
        return name.toString();
    }
}
