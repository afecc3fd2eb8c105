package kz.utm.core.flightplan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Command: refuse a flight plan, with the reason.
 *
 * @param reason why the plan is refused, 1 to 500 characters
 */
public record RejectFlightPlan(@NotBlank @Size(max = 500) String reason) {
}
