package kz.utm.core.common.constraints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalInt;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KazakhIdChecksumTest {

    @Test
    void checkDigitIsTheFirstWeightedSumWhenThatIsBelowTen() {
        // 9*1 + 0*2 + 0*3 + 1*4 + 0*5 + 1*6 + 3*7 + 0*8 + 0*9 + 0*10 + 0*11
        //   = 9 + 4 + 6 + 21 = 40 = 3*11 + 7
        assertThat(KazakhIdChecksum.checkDigit("90010130000")).hasValue(7);
        // 8*1 + 5*2 + 0*3 + 7*4 + 2*5 + 5*6 + 4*7 + 0*8 + 0*9 + 0*10 + 0*11
        //   = 8 + 10 + 28 + 10 + 30 + 28 = 114 = 10*11 + 4
        assertThat(KazakhIdChecksum.checkDigit("85072540000")).hasValue(4);
        // 0*1 + 5*2 + 0*3 + 4*4 + 4*5 + 0*6 + 0*7 + 0*8 + 0*9 + 0*10 + 0*11
        //   = 10 + 16 + 20 = 46 = 4*11 + 2
        assertThat(KazakhIdChecksum.checkDigit("05044000000")).hasValue(2);
    }

    @Test
    void checkDigitComesFromTheSecondWeightsWhenTheFirstSumGivesTen() {
        // First:  9*1 + 1*4 + 1*6 + 3*7 + 8*10 + 1*11 = 9 + 4 + 6 + 21 + 80 + 11 = 131
        //         = 11*11 + 10, so the second weights 3,4,5,6,7,8,9,10,11,1,2 decide:
        // Second: 9*3 + 1*6 + 1*8 + 3*9 + 8*1 + 1*2 = 27 + 6 + 8 + 27 + 8 + 2 = 78 = 7*11 + 1
        assertThat(KazakhIdChecksum.checkDigit("90010130081")).hasValue(1);
        // First:  114 (as in 85072540000 above) + 5*10 = 164 = 14*11 + 10
        // Second: 8*3 + 5*4 + 7*6 + 2*7 + 5*8 + 4*9 + 5*1 = 24 + 20 + 42 + 14 + 40 + 36 + 5
        //         = 181 = 16*11 + 5
        assertThat(KazakhIdChecksum.checkDigit("85072540050")).hasValue(5);
        // First:  46 (as in 05044000000 above) + 3*10 = 76 = 6*11 + 10
        // Second: 5*4 + 4*6 + 4*7 + 3*1 = 20 + 24 + 28 + 3 = 75 = 6*11 + 9
        assertThat(KazakhIdChecksum.checkDigit("05044000030")).hasValue(9);
        // First:  1*1 + 2*2 + 3*4 + 5*5 + 1*6 + 5*10 = 1 + 4 + 12 + 25 + 6 + 50 = 98 = 8*11 + 10
        // Second: 1*3 + 2*4 + 3*6 + 5*7 + 1*8 + 5*1 = 3 + 8 + 18 + 35 + 8 + 5 = 77 = 7*11 + 0
        assertThat(KazakhIdChecksum.checkDigit("12035100050")).hasValue(0);
    }

    @Test
    void noCheckDigitExistsWhenBothSumsGiveTen() {
        // First:  40 (as in 90010130000 above) + 8*10 = 120 = 10*11 + 10
        // Second: 9*3 + 1*6 + 1*8 + 3*9 + 8*1 = 27 + 6 + 8 + 27 + 8 = 76 = 6*11 + 10
        assertThat(KazakhIdChecksum.checkDigit("90010130080")).isEmpty();
        // First:  114 + 5*10 + 8*11 = 252 = 22*11 + 10
        // Second: 8*3 + 5*4 + 7*6 + 2*7 + 5*8 + 4*9 + 5*1 + 8*2 = 176 + 5 + 16 = 197 = 17*11 + 10
        assertThat(KazakhIdChecksum.checkDigit("85072540058")).isEmpty();
        // First:  46 + 3*10 + 6*11 = 142 = 12*11 + 10
        // Second: 72 (5*4 + 4*6 + 4*7) + 3*1 + 6*2 = 87 = 7*11 + 10
        assertThat(KazakhIdChecksum.checkDigit("05044000036")).isEmpty();
    }

    @Test
    void checkDigitNeedingTheSecondWeightsAgreesWithTheReferenceForSearchedBodies() {
        for (String head : new String[] {"0001015", "9912314", "7706153", "123456", "000000"}) {
            String body = ReferenceKazakhId.firstBodyNeedingSecondPass(head, false);
            assertThat(ReferenceKazakhId.firstPass(body)).as(body).isEqualTo(10);

            assertThat(KazakhIdChecksum.checkDigit(body))
                    .as(body)
                    .hasValue(ReferenceKazakhId.secondPass(body));
        }
    }

    @Test
    void searchedBodiesThatStayTenHaveNoCheckDigitAndNoValidTwelfthDigit() {
        for (String head : new String[] {"0001015", "9912314", "7706153", "123456", "000000"}) {
            String body = ReferenceKazakhId.firstBodyNeedingSecondPass(head, true);
            assertThat(ReferenceKazakhId.secondPass(body)).as(body).isEqualTo(10);

            assertThat(KazakhIdChecksum.checkDigit(body)).as(body).isEmpty();
            for (char last = '0'; last <= '9'; last++) {
                assertThat(KazakhIdChecksum.hasValidCheckDigit(body + last))
                        .as(body + last)
                        .isFalse();
            }
        }
    }

    @Test
    void twelfthCharacterIsIgnoredWhenComputingTheCheckDigit() {
        assertThat(KazakhIdChecksum.checkDigit("900101300007")).hasValue(7);
        assertThat(KazakhIdChecksum.checkDigit("90010130000x")).hasValue(7);
    }

    @Test
    void hasValidCheckDigitAcceptsOnlyTheComputedDigit() {
        for (String body : new String[] {"90010130000", "90010130081", "05044000030"}) {
            int expected = ReferenceKazakhId.checkDigit(body).getAsInt();
            for (int last = 0; last <= 9; last++) {
                assertThat(KazakhIdChecksum.hasValidCheckDigit(body + last))
                        .as(body + last)
                        .isEqualTo(last == expected);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "90010130000", "9001013000007", "90010130000a", "9001013000 7",
        "900101300\u0660007"})
    void hasValidCheckDigitRejectsAnythingButTwelveAsciiDigits(String value) {
        assertThat(KazakhIdChecksum.hasValidCheckDigit(value)).isFalse();
    }

    @Test
    void checkDigitRejectsMalformedInputWithAnException() {
        assertThatThrownBy(() -> KazakhIdChecksum.checkDigit(null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> KazakhIdChecksum.hasValidCheckDigit(null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> KazakhIdChecksum.checkDigit("9001013000"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("10");
        assertThatThrownBy(() -> KazakhIdChecksum.checkDigit("9001013000071"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KazakhIdChecksum.checkDigit("9001013000a"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ASCII digits");
        // U+0661 ARABIC-INDIC DIGIT ONE is a digit to Character.isDigit, not to the check digit.
        assertThatThrownBy(() -> KazakhIdChecksum.checkDigit("9001013000\u0661"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void checkDigitAgreesWithTheReferenceOnRandomBodies() {
        long seed = RandomSeed.next();
        SplittableRandom random = new SplittableRandom(seed);
        int[] outcomes = new int[3];
        for (int i = 0; i < 20_000; i++) {
            StringBuilder body = new StringBuilder(11);
            for (int d = 0; d < 11; d++) {
                body.append((char) ('0' + random.nextInt(10)));
            }
            String digits = body.toString();
            OptionalInt expected = ReferenceKazakhId.checkDigit(digits);

            assertThat(KazakhIdChecksum.checkDigit(digits))
                    .as("seed %d, body %s", seed, digits)
                    .isEqualTo(expected);
            outcomes[expected.isEmpty() ? 2 : ReferenceKazakhId.firstPass(digits) == 10 ? 1 : 0]++;
        }
        // About 1/11 of the bodies need the second weights and 1/121 have no check digit.
        assertThat(outcomes[0]).as("seed %d: first pass decided", seed).isPositive();
        assertThat(outcomes[1]).as("seed %d: second pass decided", seed).isPositive();
        assertThat(outcomes[2]).as("seed %d: no check digit", seed).isPositive();
    }
}
