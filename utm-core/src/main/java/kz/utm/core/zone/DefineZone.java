package kz.utm.core.zone;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import kz.utm.core.common.CrossFieldChecked;
import kz.utm.core.common.FieldError;
import kz.utm.core.common.constraints.Finite;

/**
 * Command: the authority defines (creates or redefines) a restricted zone.
 *
 * @param name 1 to 255 characters
 * @param description at most 1000 characters
 * @param geometry the shape, already valid by construction
 * @param minAltitudeM the band's lower end; empty for none
 * @param maxAltitudeM the band's upper end, not below the lower; empty for none
 */
public record DefineZone(
        @NotBlank @Size(max = 255) String name,
        @NotNull Optional<@Size(max = 1000) String> description,
        @NotNull ZoneGeometry geometry,
        @NotNull Optional<@Finite Double> minAltitudeM,
        @NotNull Optional<@Finite Double> maxAltitudeM) implements CrossFieldChecked {

    @Override
    public List<FieldError> crossFieldErrors() {
        List<FieldError> errors = new ArrayList<>();
        if (minAltitudeM != null && maxAltitudeM != null && minAltitudeM.isPresent() && maxAltitudeM.isPresent()
                && minAltitudeM.get() > maxAltitudeM.get()) {
            errors.add(new FieldError("maxAltitudeM", "must not be below minAltitudeM"));
        }
        return errors;
    }
}
