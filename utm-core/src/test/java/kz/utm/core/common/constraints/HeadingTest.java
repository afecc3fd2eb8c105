package kz.utm.core.common.constraints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.UnexpectedTypeException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HeadingTest {

    record Sample(@Heading double primitiveDouble, @Heading Double boxedDouble,
            @Heading float primitiveFloat, @Heading Float boxedFloat) {
    }

    record Track(Optional<@Heading Double> current, List<@Heading Double> history) {
    }

    record Misplaced(@Heading BigDecimal heading) {
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
    @ValueSource(doubles = {0.0, -0.0, Double.MIN_VALUE, 90.0, 180.0, 270.0, 359.0, 359.999,
        359.9999999})
    void acceptsFromZeroInclusiveToThreeSixtyExclusive(double value) {
        assertThat(acceptsDouble(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(doubles = {360.0, 360.0000001, 361.0, 720.0, -0.001, -1.0, -90.0, -360.0,
        Double.MAX_VALUE, -Double.MAX_VALUE})
    void rejectsThreeSixtyAndNegativeHeadingsWithoutWrappingThemRound(double value) {
        assertThat(acceptsDouble(value)).isFalse();
    }

    @Test
    void treatsTheClosestDoublesToTheEndsExactly() {
        assertThat(acceptsDouble(Math.nextDown(360.0))).isTrue();
        assertThat(acceptsDouble(360.0)).isFalse();
        assertThat(acceptsDouble(Math.nextDown(0.0))).isFalse();
        assertThat(acceptsDouble(-Double.MIN_VALUE)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void rejectsNanAndInfinities(double value) {
        assertThat(acceptsDouble(value)).isFalse();
    }

    @Test
    void checksFloatsAtTheirOwnValue() {
        assertThat(acceptsFloat(0.0f)).isTrue();
        assertThat(acceptsFloat(-0.0f)).isTrue();
        assertThat(acceptsFloat(359.999f)).isTrue();
        assertThat(acceptsFloat(Math.nextDown(360.0f))).isTrue();
        assertThat(acceptsFloat(360.0f)).isFalse();
        assertThat(acceptsFloat(-Float.MIN_VALUE)).isFalse();
        // The literal 359.99999999f rounds to the float 360.0f, which is not a heading.
        assertThat(acceptsFloat(359.99999999f)).isFalse();
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
        Sample sample = new Sample(360.0, 0.0, 359.5f, Float.POSITIVE_INFINITY);

        assertThat(RealValidator.violatedPaths(sample))
                .containsExactly("boxedFloat", "primitiveDouble");
        assertThat(RealValidator.messages(sample)).containsOnly(
                "must be a finite heading in degrees, from 0 inclusive to 360 exclusive");
    }

    @Test
    void validatesContainerElementsAndNamesTheField() {
        assertThat(RealValidator.violatedPaths(new Track(Optional.of(0.0), List.of(359.999))))
                .isEmpty();

        assertThat(RealValidator.violatedPaths(
                new Track(Optional.of(360.0), List.of(Double.NaN, 12.5, -12.5))))
                .containsExactly("current", "history[0].<list element>",
                        "history[2].<list element>");
    }

    @Test
    void isRefusedOnTypesOtherThanDoubleAndFloat() {
        assertThatThrownBy(() -> RealValidator.get().validate(new Misplaced(BigDecimal.TEN)))
                .isInstanceOf(UnexpectedTypeException.class);
    }
}
