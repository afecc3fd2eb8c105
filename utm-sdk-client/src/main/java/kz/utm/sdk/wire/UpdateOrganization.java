package kz.utm.sdk.wire;

import java.util.Objects;

/**
 * An organization's new details. Immutable and thread-safe. A {@code null} is refused with a
 * {@link NullPointerException} naming the parameter.
 *
 * @param name the organization's name
 * @param companyAddress its address
 * @param city its city
 */
public record UpdateOrganization(String name, String companyAddress, String city) {

    /** Refuses nulls. */
    public UpdateOrganization {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(companyAddress, "companyAddress");
        Objects.requireNonNull(city, "city");
    }
}
