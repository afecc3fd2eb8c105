package kz.utm.core.common.constraints;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.OptionalInt;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A deliberately plain reimplementation of the IIN and BIN rules, written from the specification
 * and not from the production code, so the tests can compute expected answers without trusting
 * what they test. Slow and allocation-heavy on purpose: clarity over speed.
 */
final class ReferenceKazakhId {

    static final int[] FIRST_WEIGHTS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    static final int[] SECOND_WEIGHTS = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};

    private static final Pattern TWELVE_ASCII_DIGITS = Pattern.compile("[0-9]{12}");

    private ReferenceKazakhId() {
    }

    /** Sum of the first 11 digits times the weights, modulo 11. */
    static int weightedSumMod11(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            sum += Integer.parseInt(digits.substring(i, i + 1)) * weights[i];
        }
        return sum % 11;
    }

    static int firstPass(String digits) {
        return weightedSumMod11(digits, FIRST_WEIGHTS);
    }

    static int secondPass(String digits) {
        return weightedSumMod11(digits, SECOND_WEIGHTS);
    }

    /** The check digit of the first 11 digits, empty if both passes give 10. */
    static OptionalInt checkDigit(String digits) {
        int first = firstPass(digits);
        if (first < 10) {
            return OptionalInt.of(first);
        }
        int second = secondPass(digits);
        if (second < 10) {
            return OptionalInt.of(second);
        }
        return OptionalInt.empty();
    }

    static boolean checkDigitMatches(String number) {
        OptionalInt expected = checkDigit(number);
        return expected.isPresent()
                && expected.getAsInt() == Integer.parseInt(number.substring(11));
    }

    static boolean isIin(String value) {
        if (!TWELVE_ASCII_DIGITS.matcher(value).matches()) {
            return false;
        }
        int century;
        switch (value.charAt(6)) {
            case '1', '2' -> century = 1800;
            case '3', '4' -> century = 1900;
            case '5', '6' -> century = 2000;
            default -> {
                return false;
            }
        }
        try {
            LocalDate.of(century + Integer.parseInt(value.substring(0, 2)),
                    Integer.parseInt(value.substring(2, 4)),
                    Integer.parseInt(value.substring(4, 6)));
        } catch (DateTimeException e) {
            return false;
        }
        return checkDigitMatches(value);
    }

    static boolean isBin(String value) {
        if (!TWELVE_ASCII_DIGITS.matcher(value).matches()) {
            return false;
        }
        int month = Integer.parseInt(value.substring(2, 4));
        if (month < 1 || month > 12) {
            return false;
        }
        if ("456".indexOf(value.charAt(4)) < 0 || "0123".indexOf(value.charAt(5)) < 0) {
            return false;
        }
        return checkDigitMatches(value);
    }

    /**
     * The first 11-digit body that extends {@code head} with serial digits, tried in increasing
     * order, and satisfies {@code wanted}.
     */
    static String firstBody(String head, Predicate<String> wanted) {
        int serialLength = 11 - head.length();
        int serials = (int) Math.pow(10, serialLength);
        for (int serial = 0; serial < serials; serial++) {
            String body = head + String.format("%0" + serialLength + "d", serial);
            if (wanted.test(body)) {
                return body;
            }
        }
        throw new IllegalStateException("no serial after " + head + " gives the wanted body");
    }

    /**
     * The first number after {@code head} (see {@link #firstBody}) that has a check digit, with
     * that digit appended: a number whose check digit is right, whatever the other rules say
     * about its head.
     */
    static String withCorrectCheckDigit(String head) {
        String body = firstBody(head, b -> checkDigit(b).isPresent());
        return body + checkDigit(body).getAsInt();
    }

    /**
     * The first body after {@code head} whose first pass gives 10 and whose second pass gives
     * {@code 10} too if {@code staysTen}, or anything else if not.
     */
    static String firstBodyNeedingSecondPass(String head, boolean staysTen) {
        return firstBody(head, b -> firstPass(b) == 10 && (secondPass(b) == 10) == staysTen);
    }
}
