package kz.utm.core.common.constraints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.UnexpectedTypeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BinTest {

    record Organization(@Bin String bin) {
    }

    record Registration(Optional<@Bin String> bin, List<@Bin String> branches) {
    }

    record Misplaced(@Bin Long bin) {
    }

    private static final String[] HEADS = {"050440", "991261", "000152", "230563", "120351"};

    private static boolean accepts(String value) {
        return RealValidator.accepts(Organization.class, "bin", value);
    }

    @Test
    void acceptsAHandCheckedNumberWhoseCheckDigitComesFromTheFirstWeights() {
        // 2005-04, resident legal entity, head office; 46 mod 11 = 2, see KazakhIdChecksumTest.
        assertThat(accepts("050440000002")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "050440000309", // first sum 76 mod 11 = 10, second 75 mod 11 = 9
        "120351000500", // first sum 98 mod 11 = 10, second 77 mod 11 = 0; non-resident branch
    })
    void acceptsHandCheckedNumbersWhoseCheckDigitNeedsTheSecondWeights(String bin) {
        assertThat(accepts(bin)).isTrue();
    }

    @Test
    void acceptsSearchedNumbersWhoseCheckDigitComesFromTheFirstWeights() {
        for (String head : HEADS) {
            String body =
                    ReferenceKazakhId.firstBody(head, b -> ReferenceKazakhId.firstPass(b) < 10);
            String bin = body + ReferenceKazakhId.firstPass(body);

            assertThat(accepts(bin)).as(bin).isTrue();
        }
    }

    @Test
    void acceptsSearchedNumbersWhoseCheckDigitNeedsTheSecondWeightsAndOnlyThatDigit() {
        for (String head : HEADS) {
            String body = ReferenceKazakhId.firstBodyNeedingSecondPass(head, false);
            int check = ReferenceKazakhId.secondPass(body);

            for (int last = 0; last <= 9; last++) {
                assertThat(accepts(body + last)).as(body + last).isEqualTo(last == check);
            }
        }
    }

    @Test
    void rejectsNumbersWhoseSumsStayTenWhateverTheLastDigit() {
        // 05044000036: both sums give 10, see KazakhIdChecksumTest.
        List<String> bodies = new ArrayList<>(List.of("05044000036"));
        for (String head : HEADS) {
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
        for (String valid : new String[] {"050440000002", "050440000309", "120351000500"}) {
            String body = valid.substring(0, 11);
            for (char last = '0'; last <= '9'; last++) {
                String candidate = body + last;
                assertThat(accepts(candidate)).as(candidate).isEqualTo(candidate.equals(valid));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0", "05044000000", "0504400000020", " 050440000002",
        "050440000002 "})
    void rejectsAnythingButTwelveCharacters(String value) {
        assertThat(accepts(value)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"05044000000x", "0504-0000002", "05044 000002", "0\u06650440000002",
        "050440000\u0660\u0660\u0662", "\uff10\uff15\uff10440000002"})
    void rejectsEveryCharacterThatIsNotAnAsciiDigit(String value) {
        assertThat(value).hasSize(12);
        assertThat(accepts(value)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0500", "0513", "0520", "0599"})
    void rejectsMonthsOutsideOneToTwelve(String yymm) {
        String bin = ReferenceKazakhId.withCorrectCheckDigit(yymm + "40");
        assertThat(ReferenceKazakhId.checkDigitMatches(bin)).isTrue();

        assertThat(accepts(bin)).as(bin).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0001", "0512", "9906", "2311"})
    void acceptsAnyYearWithAMonthFromOneToTwelve(String yymm) {
        assertThat(accepts(ReferenceKazakhId.withCorrectCheckDigit(yymm + "40"))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(chars = {'4', '5', '6'})
    void acceptsTypeDigitsFourToSix(char type) {
        assertThat(accepts(ReferenceKazakhId.withCorrectCheckDigit("0504" + type + "0"))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(chars = {'0', '1', '2', '3', '7', '8', '9'})
    void rejectsTypeDigitsOutsideFourToSix(char type) {
        String bin = ReferenceKazakhId.withCorrectCheckDigit("0504" + type + "0");
        assertThat(ReferenceKazakhId.checkDigitMatches(bin)).isTrue();

        assertThat(accepts(bin)).as(bin).isFalse();
    }

    @ParameterizedTest
    @ValueSource(chars = {'0', '1', '2', '3'})
    void acceptsAttributeDigitsZeroToThree(char attribute) {
        assertThat(accepts(ReferenceKazakhId.withCorrectCheckDigit("05045" + attribute))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(chars = {'4', '5', '6', '7', '8', '9'})
    void rejectsAttributeDigitsOutsideZeroToThree(char attribute) {
        String bin = ReferenceKazakhId.withCorrectCheckDigit("05045" + attribute);
        assertThat(ReferenceKazakhId.checkDigitMatches(bin)).isTrue();

        assertThat(accepts(bin)).as(bin).isFalse();
    }

    @Test
    void rejectsAValidIinBecauseItsFifthDigitIsNoEntityType() {
        // 900101300007 is a valid IIN (KazakhIdChecksumTest); its digits 5 and 6 are "01".
        assertThat(accepts("900101300007")).isFalse();
    }

    @Test
    void acceptsNullSoThatNotNullDecidesWhetherANumberIsRequired() {
        assertThat(accepts(null)).isTrue();
    }

    @Test
    void reportsOneViolationNamingTheRecordComponentWithThePlainMessage() {
        Organization organization = new Organization("050440000003");

        assertThat(RealValidator.violatedPaths(organization)).containsExactly("bin");
        assertThat(RealValidator.messages(organization))
                .containsExactly("must be a valid BIN: 12 digits with a correct check digit");
    }

    @Test
    void validatesContainerElementsAndNamesTheField() {
        assertThat(RealValidator.violatedPaths(new Registration(Optional.of("050440000002"),
                List.of("050440000309", "120351000500")))).isEmpty();

        assertThat(RealValidator.violatedPaths(new Registration(Optional.of("05044000000"),
                List.of("050440000309", "120351000501"))))
                .containsExactly("bin", "branches[1].<list element>");
    }

    @Test
    void isRefusedOnTypesOtherThanCharSequence() {
        assertThatThrownBy(() -> RealValidator.get().validate(new Misplaced(50440000002L)))
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
            boolean expected = ReferenceKazakhId.isBin(value);

            assertThat(accepts(value)).as("seed %d, value '%s'", seed, value).isEqualTo(expected);
            accepted += expected ? 1 : 0;
        }
        assertThat(accepted).as("seed %d: valid numbers among %d", seed, total)
                .isBetween(total / 20, total * 9 / 10);
    }

    /** Mostly near misses: plausible heads with the right check digit half of the time. */
    private static String randomCandidate(SplittableRandom random) {
        String plausible = String.format("%02d%02d%d%d%05d",
                random.nextInt(100), random.nextInt(14),
                random.nextInt(10) < 8 ? 4 + random.nextInt(3) : random.nextInt(10),
                random.nextInt(10) < 8 ? random.nextInt(4) : random.nextInt(10),
                random.nextInt(100_000));
        int last = random.nextBoolean()
                ? random.nextInt(10)
                : ReferenceKazakhId.checkDigit(plausible).orElse(random.nextInt(10));
        return RandomCandidates.mutate(plausible + last, random);
    }
}
