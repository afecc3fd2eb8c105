package kz.utm.core.common.constraints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.UnexpectedTypeException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LatitudeTest {

    record Sample(@Latitude double primitiveDouble, @Latitude Double boxedDouble,
            @Latitude float primitiveFloat, @Latitude Float boxedFloat) {
    }

    record Route(Optional<@Latitude Double> origin, List<@Latitude Double> waypoints) {
    }

    record Misplaced(@Latitude String latitude) {
    }

    private static boolean acceptsDouble(double value) {
        boolean primitive = RealValidator.accepts(Sample.class, "primitiveDouble", value);
        boolean boxed = RealValidator.accepts(Sample.class, "boxedDouble", value);
        assertThat(primitive).as("double and Double disagree on %s", value).isEqualTo(boxed);
        return primitive;
    }

    private static boolean acceptsFloat(float value) {
        boolean primitive = RealValidator.accepts(Sample.class, "primitiveFloat", value);
        boolean boxed = RealValidator.accepts(Sample.class, "boxedFloat", value);
        assertThat(primitive).as("float and Float disagree on %s", value).isEqualTo(boxed);
        return primitive;
    }

    @ParameterizedTest
    @ValueSource(doubles = {90.0, -90.0, 0.0, -0.0, 43.2389, 51.1694, -33.8688, 89.9999999,
        -89.9999999})
    void acceptsFromMinusNinetyToNinetyInclusive(double value) {
        assertThat(acceptsDouble(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(doubles = {90.0000001, -90.0000001, 91.0, -91.0, 180.0, 360.0,
        Double.MAX_VALUE, -Double.MAX_VALUE})
    void rejectsAnythingBeyondAPole(double value) {
        assertThat(acceptsDouble(value)).isFalse();
    }

    @Test
    void rejectsTheClosestDoublesBeyondThePoles() {
        assertThat(acceptsDouble(Math.nextDown(90.0))).isTrue();
        assertThat(acceptsDouble(Math.nextUp(90.0))).isFalse();
        assertThat(acceptsDouble(Math.nextUp(-90.0))).isTrue();
        assertThat(acceptsDouble(Math.nextDown(-90.0))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void rejectsNanAndInfinities(double value) {
        assertThat(acceptsDouble(value)).isFalse();
    }

    @Test
    void checksFloatsAtTheirOwnValue() {
        assertThat(acceptsFloat(90.0f)).isTrue();
        assertThat(acceptsFloat(-90.0f)).isTrue();
        assertThat(acceptsFloat(Math.nextUp(90.0f))).isFalse();
        assertThat(acceptsFloat(Math.nextDown(-90.0f))).isFalse();
        // The literal 90.0000001f rounds to the float 90.0f, which is a pole.
        assertThat(acceptsFloat(90.0000001f)).isTrue();
        assertThat(acceptsFloat(Float.NaN)).isFalse();
        assertThat(acceptsFloat(Float.POSITIVE_INFINITY)).isFalse();
        assertThat(acceptsFloat(Float.NEGATIVE_INFINITY)).isFalse();
    }

    @Test
    void acceptsNullSoThatNotNullDecidesWhetherAValueIsRequired() {
        assertThat(RealValidator.accepts(Sample.class, "boxedDouble", null)).isTrue();
        assertThat(RealValidator.accepts(Sample.class, "boxedFloat", null)).isTrue();
    }

    @Test
    void namesEachOffendingRecordComponentWithThePlainMessage() {
        Sample sample = new Sample(90.5, 43.0, Float.NaN, -45.0f);

        assertThat(RealValidator.violatedPaths(sample))
                .containsExactly("primitiveDouble", "primitiveFloat");
        assertThat(RealValidator.messages(sample))
                .containsOnly("must be a finite latitude in degrees, from -90 to 90");
    }

    @Test
    void validatesContainerElementsAndNamesTheField() {
        assertThat(RealValidator.violatedPaths(new Route(Optional.of(43.25), List.of(90.0, -90.0))))
                .isEmpty();
        assertThat(RealValidator.violatedPaths(new Route(Optional.empty(), List.of()))).isEmpty();

        assertThat(RealValidator.violatedPaths(
                new Route(Optional.of(90.0000001), List.of(43.25, Double.NaN, -90.0000001))))
                .containsExactly("origin", "waypoints[1].<list element>",
                        "waypoints[2].<list element>");
    }

    @Test
    void isRefusedOnTypesOtherThanDoubleAndFloat() {
        assertThatThrownBy(() -> RealValidator.get().validate(new Misplaced("43.25")))
                .isInstanceOf(UnexpectedTypeException.class);
    }
}
