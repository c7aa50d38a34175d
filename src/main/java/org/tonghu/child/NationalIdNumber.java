package org.tonghu.child;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A Chinese national ID number (居民身份证号码, GB 11643-1999): 17 digits and a check character (0-9 or X)
 * computed over them with ISO 7064 MOD 11-2; digits 7 to 14 are the birth date.
 */
public final class NationalIdNumber {

    private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    private static final char[] CHECK_CHARACTERS = { '1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2' };

    public static final String INVALID_FORMAT = "ID_NUMBER_INVALID_FORMAT";
    public static final String INVALID_CHECK_DIGIT = "ID_NUMBER_INVALID_CHECK_DIGIT";
    public static final String INVALID_BIRTH_DATE = "ID_NUMBER_INVALID_BIRTH_DATE";

    private NationalIdNumber() {
    }

    /** Upper-cases a trailing x and strips spaces around; nothing else is repaired. */
    public static String normalise(String text) {
        return text == null ? null : text.strip().toUpperCase(java.util.Locale.ROOT);
    }

    /** The first problem with a normalised number, as a stable code; empty when it is valid. */
    public static Optional<String> problem(String number) {
        if (number == null || !number.matches("[0-9]{17}[0-9X]")) {
            return Optional.of(INVALID_FORMAT);
        }
        if (checkCharacter(number) != number.charAt(17)) {
            return Optional.of(INVALID_CHECK_DIGIT);
        }
        if (birthDate(number).isEmpty()) {
            return Optional.of(INVALID_BIRTH_DATE);
        }
        return Optional.empty();
    }

    /** The birth date encoded in digits 7 to 14, if they form a real date. */
    public static Optional<LocalDate> birthDate(String number) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(number.substring(6, 10)),
                    Integer.parseInt(number.substring(10, 12)), Integer.parseInt(number.substring(12, 14))));
        } catch (DateTimeException | NumberFormatException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    static char checkCharacter(String number) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (number.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS[sum % 11];
    }

    /** The number as every output shows it: the first four and last four characters, the rest starred. */
    public static String mask(String number) {
        if (number == null) {
            return null;
        }
        return number.substring(0, 4) + "*".repeat(number.length() - 8) + number.substring(number.length() - 4);
    }

    /** Makes a valid number from the first 17 characters (for the demo data generator and tests). */
    public static String withCheckCharacter(String first17) {
        return first17 + checkCharacter(first17);
    }
}
