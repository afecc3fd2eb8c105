package kz.utm.sdk.wire;

import java.time.Instant;
import java.util.Optional;

/**
 * An organization as the server shows it. Immutable and thread-safe.
 *
 * @param id the organization's id
 * @param name its name
 * @param bin its Kazakhstan business identification number
 * @param companyAddress its address
 * @param city its city
 * @param adminId its admin, once set
 * @param active whether its members may act
 * @param createdAt when registered
 * @param updatedAt when last changed
 * @param deletedAt when soft-deleted, if it is
 */
public record Organization(int id, String name, String bin, String companyAddress, String city,
        Optional<Integer> adminId, boolean active, Instant createdAt, Instant updatedAt, Optional<Instant> deletedAt) {
}
