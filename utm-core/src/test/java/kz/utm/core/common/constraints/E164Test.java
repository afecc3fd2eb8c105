package kz.utm.core.common.constraints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.UnexpectedTypeException;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class E164Test {

    record Subscriber(@E164 String phone) {
    }

    record Contact(Optional<@E164 String> phone, List<@E164 String> alternatives) {
    }

    record Misplaced(@E164 Long phone) {
    }

    /** The rule written as a regular expression, independent of the validator's loop. */
    private static final Pattern REFERENCE = Pattern.compile("\\+[1-9][0-9]{0,14}");

    private static boolean accepts(String value) {
        return RealValidator.accepts(Subscriber.class, "phone", value);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "+77011234567", // Kazakhstan mobile
        "+1", // shortest: one digit
        "+12", "+442071838750",
        "+123456789012345", // longest: 15 digits, 16 characters
        "+999999999999999",
    })
    void acceptsAPlusFollowedByOneToFifteenDigitsNotStartingWithZero(String phone) {
        assertThat(accepts(phone)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "+1234567890123456", // 16 digits
        "+12345678901234567890", // 20 characters: fits the column, still not E.164
        "+", "",
    })
    void rejectsNoDigitsOrMoreThanFifteen(String phone) {
        assertThat(accepts(phone)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"+0", "+07011234567", "+00"})
    void rejectsAFirstDigitOfZero(String phone) {
        assertThat(accepts(phone)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "77011234567", "0077011234567", // no plus sign
        "++77011234567", "+7701+1234567",
        "+7 701 123 4567", "+7-701-123-4567", "+7(701)1234567", "+7701123456x",
        " +77011234567", "+77011234567 ", "+77011234567\n",
        "+7\u0667011234567", // ARABIC-INDIC DIGIT SEVEN
        "\uff0b77011234567", // FULLWIDTH PLUS SIGN
    })
    void rejectsAnythingButTheCanonicalForm(String phone) {
        assertThat(accepts(phone)).isFalse();
    }

    @Test
    void acceptsNullSoThatNotNullDecidesWhetherANumberIsRequired() {
        assertThat(accepts(null)).isTrue();
    }

    @Test
    void reportsOneViolationNamingTheRecordComponentWithThePlainMessage() {
        Subscriber subscriber = new Subscriber("87011234567");

        assertThat(RealValidator.violatedPaths(subscriber)).containsExactly("phone");
        assertThat(RealValidator.messages(subscriber)).containsExactly(
                "must be an E.164 phone number: a plus sign followed by 1 to 15 digits,"
                        + " the first not 0");
    }

    @Test
    void validatesContainerElementsAndNamesTheField() {
        assertThat(RealValidator.violatedPaths(
                new Contact(Optional.of("+77011234567"), List.of("+12025550123")))).isEmpty();
        assertThat(RealValidator.violatedPaths(new Contact(Optional.empty(), List.of())))
                .isEmpty();

        assertThat(RealValidator.violatedPaths(new Contact(Optional.of("87011234567"),
                List.of("+12025550123", "+1 202 555 0123", "+447700900123"))))
                .containsExactly("alternatives[1].<list element>", "phone");
    }

    @Test
    void isRefusedOnTypesOtherThanCharSequence() {
        assertThatThrownBy(() -> RealValidator.get().validate(new Misplaced(77011234567L)))
                .isInstanceOf(UnexpectedTypeException.class);
    }

    @Test
    void agreesWithARegularExpressionOnRandomStrings() {
        long seed = RandomSeed.next();
        SplittableRandom random = new SplittableRandom(seed);
        int accepted = 0;
        int total = 20_000;
        for (int i = 0; i < total; i++) {
            StringBuilder phone = new StringBuilder(random.nextInt(10) == 0 ? "" : "+");
            int digits = random.nextInt(18);
            for (int d = 0; d < digits; d++) {
                phone.append((char) ('0' + random.nextInt(10)));
            }
            String value = RandomCandidates.mutate(phone.toString(), random);
            boolean expected = REFERENCE.matcher(value).matches();

            assertThat(accepts(value)).as("seed %d, value '%s'", seed, value).isEqualTo(expected);
            accepted += expected ? 1 : 0;
        }
        assertThat(accepted).as("seed %d: valid numbers among %d", seed, total)
                .isBetween(total / 10, total * 9 / 10);
    }
}
