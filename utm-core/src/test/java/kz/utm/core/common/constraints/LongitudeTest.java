package kz.utm.core.common.constraints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.UnexpectedTypeException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LongitudeTest {

    record Sample(@Longitude double primitiveDouble, @Longitude Double boxedDouble,
            @Longitude float primitiveFloat, @Longitude Float boxedFloat) {
    }

    record Route(Optional<@Longitude Double> origin, List<@Longitude Double> waypoints) {
    }

    record Misplaced(@Longitude Long longitude) {
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
    @ValueSource(doubles = {180.0, -180.0, 0.0, -0.0, 76.8512, 71.4491, -122.4194, 90.0,
        179.9999999, -179.9999999})
    void acceptsFromMinusOneEightyToOneEightyInclusive(double value) {
        assertThat(acceptsDouble(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(doubles = {180.0000001, -180.0000001, 181.0, -181.0, 360.0, 540.0,
        Double.MAX_VALUE, -Double.MAX_VALUE})
    void rejectsAnythingBeyondTheAntimeridianWithoutWrappingItRound(double value) {
        assertThat(acceptsDouble(value)).isFalse();
    }

    @Test
    void rejectsTheClosestDoublesBeyondTheAntimeridian() {
        assertThat(acceptsDouble(Math.nextDown(180.0))).isTrue();
        assertThat(acceptsDouble(Math.nextUp(180.0))).isFalse();
        assertThat(acceptsDouble(Math.nextUp(-180.0))).isTrue();
        assertThat(acceptsDouble(Math.nextDown(-180.0))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void rejectsNanAndInfinities(double value) {
        assertThat(acceptsDouble(value)).isFalse();
    }

    @Test
    void checksFloatsAtTheirOwnValue() {
        assertThat(acceptsFloat(180.0f)).isTrue();
        assertThat(acceptsFloat(-180.0f)).isTrue();
        assertThat(acceptsFloat(Math.nextUp(180.0f))).isFalse();
        assertThat(acceptsFloat(Math.nextDown(-180.0f))).isFalse();
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
        Sample sample = new Sample(76.85, Double.NEGATIVE_INFINITY, 71.45f, 180.5f);

        assertThat(RealValidator.violatedPaths(sample))
                .containsExactly("boxedDouble", "boxedFloat");
        assertThat(RealValidator.messages(sample))
                .containsOnly("must be a finite longitude in degrees, from -180 to 180");
    }

    @Test
    void validatesContainerElementsAndNamesTheField() {
        assertThat(RealValidator.violatedPaths(
                new Route(Optional.of(76.85), List.of(180.0, -180.0)))).isEmpty();

        assertThat(RealValidator.violatedPaths(
                new Route(Optional.of(Double.POSITIVE_INFINITY), List.of(76.85, 180.0000001))))
                .containsExactly("origin", "waypoints[1].<list element>");
    }

    @Test
    void isRefusedOnTypesOtherThanDoubleAndFloat() {
        assertThatThrownBy(() -> RealValidator.get().validate(new Misplaced(77L)))
                .isInstanceOf(UnexpectedTypeException.class);
    }
}
