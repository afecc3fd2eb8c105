/**
 * Jakarta Validation constraints for the values UTM Kit stores: Kazakhstan identification numbers
 * ({@link kz.utm.core.common.constraints.Iin}, {@link kz.utm.core.common.constraints.Bin}), phone
 * numbers ({@link kz.utm.core.common.constraints.E164}) and geographic quantities
 * ({@link kz.utm.core.common.constraints.Finite}, {@link kz.utm.core.common.constraints.Latitude},
 * {@link kz.utm.core.common.constraints.Longitude},
 * {@link kz.utm.core.common.constraints.Heading}).
 *
 * <p>Every constraint here follows the Jakarta convention that {@code null} is valid, so it
 * composes with {@code @NotNull} where a value is required. Each can be placed on fields,
 * methods, parameters, record components and type arguments (for example
 * {@code Optional<@Iin String>}), and can be used as a meta-annotation for composed constraints.
 * The validators are stateless and therefore safe to share between threads, as the validation
 * provider does. They depend only on the JDK and {@code jakarta.validation}; any provider runs them
 * (the services use Hibernate Validator).
 *
 * <p>{@link kz.utm.core.common.constraints.KazakhIdChecksum} exposes the check-digit algorithm
 * shared by IINs and BINs for code that needs it outside bean validation.
 */
package kz.utm.core.common.constraints;
