package kz.utm.sdk.wire;

import java.util.Objects;

/**
 * The authority registering an organization. Immutable and thread-safe. A {@code null} is
 * refused with a {@link NullPointerException} naming the parameter.
 *
 * @param name the organization's name
 * @param bin its Kazakhstan business identification number (12 digits, checksummed)
 * @param companyAddress its address
 * @param city its city
 */
public record RegisterOrganization(String name, String bin, String companyAddress, String city) {

    /** Refuses nulls. */
    public RegisterOrganization {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bin, "bin");
        Objects.requireNonNull(companyAddress, "companyAddress");
        Objects.requireNonNull(city, "city");
    }
}
