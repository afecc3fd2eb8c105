package kz.utm.core.common.constraints;

/**
 * Reads ASCII digits {@code '0'..'9'} out of character sequences. Deliberately narrower than
 * {@link Character#isDigit(char)}, which also accepts digits of other scripts that no
 * identification number or phone number stored by UTM Kit may contain.
 *
 * <p>Stateless; safe for concurrent use.
 */
final class AsciiDigits {

    private AsciiDigits() {
    }

    /** Whether {@code c} is one of {@code '0'..'9'}. */
    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Whether every character of {@code text} in {@code [from, to)} is an ASCII digit. */
    static boolean allDigits(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The value of the ASCII digit at {@code index}; the caller has checked that it is one. */
    static int digitAt(CharSequence text, int index) {
        return text.charAt(index) - '0';
    }

    /** The value of the two ASCII digits at {@code index} and {@code index + 1}. */
    static int twoDigitsAt(CharSequence text, int index) {
        return digitAt(text, index) * 10 + digitAt(text, index + 1);
    }
}
