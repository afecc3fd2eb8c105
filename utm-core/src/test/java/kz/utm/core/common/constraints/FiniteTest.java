package kz.utm.core.common.constraints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.UnexpectedTypeException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FiniteTest {

    record Sample(@Finite double primitiveDouble, @Finite Double boxedDouble,
            @Finite float primitiveFloat, @Finite Float boxedFloat) {
    }

    record Series(Optional<@Finite Double> latest, List<@Finite Float> readings,
            Map<String, @Finite Double> bySensor) {
    }

    record Misplaced(@Finite Integer count) {
    }

    /** A NaN with a payload other than the canonical one: still not a number. */
    private static final double ODD_NAN = Double.longBitsToDouble(0x7ff0_0000_0000_0001L);

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
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void rejectsNanAndInfinitiesAsDoubles(double value) {
        assertThat(acceptsDouble(value)).isFalse();
    }

    @Test
    void rejectsANanWithAnUnusualBitPattern() {
        assertThat(Double.isNaN(ODD_NAN)).isTrue();
        assertThat(acceptsDouble(ODD_NAN)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, -0.0, 1.0, -273.15, Double.MAX_VALUE, -Double.MAX_VALUE,
        Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, 1e308})
    void acceptsEveryFiniteDoubleIncludingTheExtremes(double value) {
        assertThat(acceptsDouble(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(floats = {Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY})
    void rejectsNanAndInfinitiesAsFloats(float value) {
        assertThat(acceptsFloat(value)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(floats = {0.0f, -0.0f, 1.5f, Float.MAX_VALUE, -Float.MAX_VALUE, Float.MIN_VALUE})
    void acceptsEveryFiniteFloatIncludingTheExtremes(float value) {
        assertThat(acceptsFloat(value)).isTrue();
    }

    @Test
    void acceptsNullSoThatNotNullDecidesWhetherAValueIsRequired() {
        assertThat(RealValidator.accepts(Sample.class, "boxedDouble", null)).isTrue();
        assertThat(RealValidator.accepts(Sample.class, "boxedFloat", null)).isTrue();
    }

    @Test
    void namesEachOffendingRecordComponentWithThePlainMessage() {
        Sample sample = new Sample(Double.NaN, 1.0, 2.0f, Float.NEGATIVE_INFINITY);

        assertThat(RealValidator.violatedPaths(sample))
                .containsExactly("boxedFloat", "primitiveDouble");
        assertThat(RealValidator.messages(sample))
                .containsOnly("must be a finite number, not NaN or infinite");
    }

    @Test
    void validatesContainerElementsAndNamesTheField() {
        assertThat(RealValidator.violatedPaths(new Series(Optional.of(1.0), List.of(2.0f),
                Map.of("baro", 3.0)))).isEmpty();

        assertThat(RealValidator.violatedPaths(new Series(Optional.of(Double.NaN),
                List.of(2.0f, Float.POSITIVE_INFINITY), Map.of("baro", Double.NEGATIVE_INFINITY))))
                .containsExactly("bySensor[baro].<map value>", "latest",
                        "readings[1].<list element>");
    }

    @Test
    void isRefusedOnTypesOtherThanDoubleAndFloat() {
        assertThatThrownBy(() -> RealValidator.get().validate(new Misplaced(1)))
                .isInstanceOf(UnexpectedTypeException.class);
    }
}
