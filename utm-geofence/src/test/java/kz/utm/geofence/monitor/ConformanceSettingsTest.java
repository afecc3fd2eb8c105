package kz.utm.geofence.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import kz.utm.core.common.ValidationException;

/** The monitor's settings: defaults, the accepted ranges, and every bad field named at once. */
class ConformanceSettingsTest {

    @Test
    void defaultsAreAFiftyByThirtyMetreCorridorAndTenSecondsOfSilence() {
        ConformanceSettings defaults = ConformanceSettings.defaults();

        assertThat(defaults.corridorLateralMetres()).isEqualTo(50);
        assertThat(defaults.corridorVerticalMetres()).isEqualTo(30);
        assertThat(defaults.signalLostAfter()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void acceptsTheEndsOfTheRanges() {
        ConformanceSettings widest = new ConformanceSettings(ConformanceSettings.MAX_CORRIDOR_METRES,
                ConformanceSettings.MAX_CORRIDOR_METRES, ConformanceSettings.MAX_SIGNAL_LOST_AFTER);
        ConformanceSettings narrowest = new ConformanceSettings(0.01, 0.01, Duration.ofMillis(1));

        assertThat(widest.signalLostAfter()).isEqualTo(Duration.ofHours(1));
        assertThat(narrowest.corridorLateralMetres()).isEqualTo(0.01);
    }

    @Test
    void namesEveryFieldOutOfRangeAtOnce() {
        assertThatThrownBy(() -> new ConformanceSettings(0, Double.NaN, Duration.ZERO))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fields())
                        .containsExactly("corridorLateralMetres", "corridorVerticalMetres", "signalLostAfter"));
        assertThatThrownBy(() -> new ConformanceSettings(-1, 10_000.5, Duration.ofSeconds(-1)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fields())
                        .containsExactly("corridorLateralMetres", "corridorVerticalMetres", "signalLostAfter"));
        assertThatThrownBy(() -> new ConformanceSettings(Double.POSITIVE_INFINITY, 30, Duration.ofMinutes(61)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fields())
                        .containsExactly("corridorLateralMetres", "signalLostAfter"));
    }

    @Test
    void refusesANullDuration() {
        assertThatThrownBy(() -> new ConformanceSettings(50, 30, null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("signalLostAfter");
    }
}
