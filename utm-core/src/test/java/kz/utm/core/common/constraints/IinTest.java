package kz.utm.core.common.constraints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.UnexpectedTypeException;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IinTest {

    record Person(@Iin String iin) {
    }

    record Applicant(Optional<@Iin String> iin, List<@Iin String> relatives) {
    }

    record Pilot(@NotNull @Iin String iin) {
    }

    record Misplaced(@Iin Long iin) {
    }

    private static boolean accepts(String value) {
        return RealValidator.accepts(Person.class, "iin", value);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "900101300007", // 1990-01-01, digit 7 = 3 (1900s); check digit 7, see KazakhIdChecksumTest
        "850725400004", // 1985-07-25, digit 7 = 4; 114 mod 11 = 4
    })
    void acceptsHandCheckedNumbersWhoseCheckDigitComesFromTheFirstWeights(String iin) {
        assertThat(accepts(iin)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "900101300811", // first sum 131 mod 11 = 10, second 78 mod 11 = 1
        "850725400505", // first sum 164 mod 11 = 10, second 181 mod 11 = 5
    })
    void acceptsHandCheckedNumbersWhoseCheckDigitNeedsTheSecondWeights(String iin) {
        assertThat(accepts(iin)).isTrue();
    }

    @Test
    void acceptsSearchedNumbersWhoseCheckDigitComesFromTheFirstWeights() {
        for (String head : new String[] {"0001015", "9912314", "7706153", "0402296", "1112312"}) {
            String body =
                    ReferenceKazakhId.firstBody(head, b -> ReferenceKazakhId.firstPass(b) < 10);
            String iin = body + ReferenceKazakhId.firstPass(body);

            assertThat(accepts(iin)).as(iin).isTrue();
        }
    }

    @Test
    void acceptsSearchedNumbersWhoseCheckDigitNeedsTheSecondWeightsAndOnlyThatDigit() {
        for (String head : new String[] {"0001015", "9912314", "7706153", "0402296", "1112312"}) {
            String body = ReferenceKazakhId.firstBodyNeedingSecondPass(head, false);
            int check = ReferenceKazakhId.secondPass(body);

            for (int last = 0; last <= 9; last++) {
                assertThat(accepts(body + last)).as(body + last).isEqualTo(last == check);
            }
        }
    }

    @Test
    void rejectsNumbersWhoseSumsStayTenWhateverTheLastDigit() {
        // 90010130080 and 85072540058: both sums give 10, see KazakhIdChecksumTest.
        List<String> bodies = new ArrayList<>(List.of("90010130080", "85072540058"));
        for (String head : new String[] {"0001015", "9912314", "7706153", "0402296"}) {
            bodies.add(ReferenceKazakhId.firstBodyNeedingSecondPass(head, true));
        }
        for (String body : bodies) {
            for (char last = '0'; last <= '9'; last++) {
                assertThat(accepts(body + last)).as(body + last).isFalse();
            }
        }
    }

    @Test
    void rejectsEveryWrongCheckDigit() {
        for (String valid : new String[] {"900101300007", "900101300811", "850725400505"}) {
            String body = valid.substring(0, 11);
            for (char last = '0'; last <= '9'; last++) {
                String candidate = body + last;
                assertThat(accepts(candidate)).as(candidate).isEqualTo(candidate.equals(valid));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "9", "90010130000", "9001013000070", "0900101300007",
        " 900101300007", "900101300007 ", "900101300007\n"})
    void rejectsAnythingButTwelveCharacters(String value) {
        assertThat(accepts(value)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"90010130000a", "9001-1300007", "900101 00007", "+00101300007",
        "90010130000\u0667", // ARABIC-INDIC DIGIT SEVEN: a digit, but not ASCII
        "\uff1900101300007"}) // FULLWIDTH DIGIT NINE
    void rejectsEveryCharacterThatIsNotAnAsciiDigit(String value) {
        assertThat(value).hasSize(12);
        assertThat(accepts(value)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "900001", // month 00
        "901301", // month 13
        "909901", // month 99
        "900100", // day 00
        "900132", // 32 January
        "900431", // 31 April
        "900631", // 31 June
        "900230", // 30 February
        "900229", // 29 February 1990
    })
    void rejectsDatesOfBirthThatDoNotExist(String yymmdd) {
        String iin = ReferenceKazakhId.withCorrectCheckDigit(yymmdd + "3");
        assertThat(ReferenceKazakhId.checkDigitMatches(iin)).isTrue();

        assertThat(accepts(iin)).as(iin).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"900131", "900331", "900430", "901231", "900228", "000101"})
    void acceptsTheLastDayOfMonthsOfEveryLength(String yymmdd) {
        assertThat(accepts(ReferenceKazakhId.withCorrectCheckDigit(yymmdd + "4"))).isTrue();
    }

    @Test
    void acceptsTwentyNinthOfFebruaryOnlyInLeapYearsOfTheCenturyThatDigitSevenNames() {
        // 00 is 2000 for digits 5 and 6 (a leap year: divisible by 400) but 1900 for 3 and 4 and
        // 1800 for 1 and 2 (not leap: divisible by 100, not by 400).
        assertThat(accepts(ReferenceKazakhId.withCorrectCheckDigit("0002295"))).isTrue();
        assertThat(accepts(ReferenceKazakhId.withCorrectCheckDigit("0002296"))).isTrue();
        assertThat(accepts(ReferenceKazakhId.withCorrectCheckDigit("0002293"))).isFalse();
        assertThat(accepts(ReferenceKazakhId.withCorrectCheckDigit("0002294"))).isFalse();
        assertThat(accepts(ReferenceKazakhId.withCorrectCheckDigit("0002291"))).isFalse();
        assertThat(accepts(ReferenceKazakhId.withCorrectCheckDigit("0002292"))).isFalse();
        // Ordinary leap years in each century, and a year divisible by 4 only in one of them.
        assertThat(accepts(ReferenceKazakhId.withCorrectCheckDigit("9602293"))).isTrue();
        assertThat(accepts(ReferenceKazakhId.withCorrectCheckDigit("9602291"))).isTrue();
        assertThat(accepts(ReferenceKazakhId.withCorrectCheckDigit("0402296"))).isTrue();
        assertThat(accepts(ReferenceKazakhId.withCorrectCheckDigit("0502295"))).isFalse();
        assertThat(accepts(ReferenceKazakhId.withCorrectCheckDigit("9702294"))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(chars = {'1', '2', '3', '4', '5', '6'})
    void acceptsCenturyAndSexDigitsOneToSix(char centuryAndSex) {
        assertThat(accepts(ReferenceKazakhId.withCorrectCheckDigit("900101" + centuryAndSex)))
                .isTrue();
    }

    @ParameterizedTest
    @ValueSource(chars = {'0', '7', '8', '9'})
    void rejectsCenturyAndSexDigitsOutsideOneToSix(char centuryAndSex) {
        String iin = ReferenceKazakhId.withCorrectCheckDigit("900101" + centuryAndSex);
        assertThat(ReferenceKazakhId.checkDigitMatches(iin)).isTrue();

        assertThat(accepts(iin)).as(iin).isFalse();
    }

    @Test
    void acceptsNullSoThatNotNullDecidesWhetherANumberIsRequired() {
        assertThat(accepts(null)).isTrue();
        assertThat(RealValidator.messages(new Pilot(null))).containsExactly("must not be null");
    }

    @Test
    void reportsOneViolationNamingTheRecordComponentWithThePlainMessage() {
        assertThat(RealValidator.violatedPaths(new Person("900101300008"))).containsExactly("iin");
        assertThat(RealValidator.messages(new Person("900101300008"))).containsExactly(
                "must be a valid IIN: 12 digits starting with a date of birth,"
                        + " with a correct check digit");
    }

    @Test
    void validatesContainerElementsAndNamesTheField() {
        assertThat(RealValidator.violatedPaths(new Applicant(Optional.of("900101300007"),
                List.of("850725400004")))).isEmpty();
        assertThat(RealValidator.violatedPaths(new Applicant(Optional.empty(), List.of())))
                .isEmpty();

        assertThat(RealValidator.violatedPaths(new Applicant(Optional.of("900101300008"),
                List.of("850725400004", "85072540000"))))
                .containsExactly("iin", "relatives[1].<list element>");
    }

    @Test
    void isRefusedOnTypesOtherThanCharSequence() {
        assertThatThrownBy(() -> RealValidator.get().validate(new Misplaced(900101300007L)))
                .isInstanceOf(UnexpectedTypeException.class);
    }

    @Test
    void agreesWithTheReferenceOnRandomNumbers() {
        long seed = RandomSeed.next();
        SplittableRandom random = new SplittableRandom(seed);
        int accepted = 0;
        int total = 20_000;
        for (int i = 0; i < total; i++) {
            String value = randomCandidate(random);
            boolean expected = ReferenceKazakhId.isIin(value);

            assertThat(accepts(value)).as("seed %d, value '%s'", seed, value).isEqualTo(expected);
            accepted += expected ? 1 : 0;
        }
        assertThat(accepted).as("seed %d: valid numbers among %d", seed, total)
                .isBetween(total / 10, total * 9 / 10);
    }

    /**
     * Mostly near misses: plausible dates and century digits with the right check digit half of
     * the time, plus random digit strings and strings with a character replaced, added or dropped.
     */
    private static String randomCandidate(SplittableRandom random) {
        String plausible = String.format("%02d%02d%02d%d%04d",
                random.nextInt(100), random.nextInt(14), random.nextInt(33),
                random.nextInt(10) < 8 ? 1 + random.nextInt(6) : random.nextInt(10),
                random.nextInt(10_000));
        int last = random.nextBoolean()
                ? random.nextInt(10)
                : ReferenceKazakhId.checkDigit(plausible).orElse(random.nextInt(10));
        String number = plausible + last;
        return RandomCandidates.mutate(number, random);
    }
}
