package org.tonghu.goodpractice;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tonghu.child.NationalIdNumber;

/**
 * The part of the personal-data check a pattern can do: national ID numbers (18 characters with a valid check
 * character and birth date, GB 11643) and mainland phone numbers (mobiles, with or without +86, and landlines with an
 * area code). Full-width digits are read as digits, and spaces or hyphens between digits are ignored, so that
 * "138 0000 0000" is a phone number. The names of registered children are looked up in the database
 * ({@code ChildService.findTextsNamingChildren}).
 */
final class PersonalDataCheck {

    static final String ID_NUMBER_IN_TEXT = "ID_NUMBER_IN_TEXT";
    static final String PHONE_NUMBER_IN_TEXT = "PHONE_NUMBER_IN_TEXT";
    static final String CHILD_NAME_IN_TEXT = "CHILD_NAME_IN_TEXT";

    private static final Pattern SEPARATOR_BETWEEN_DIGITS = Pattern.compile("(?<=[0-9])[ \\-](?=[0-9])");
    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9])[0-9]{17}[0-9X](?![0-9A-Z])");
    private static final Pattern MOBILE = Pattern.compile("(?<![0-9])(?:\\+?86)?1[3-9][0-9]{9}(?![0-9])");
    private static final Pattern LANDLINE = Pattern.compile("(?<![0-9])(?:\\(0[1-9][0-9]{1,2}\\)|0[1-9][0-9]{1,2})"
            + "[0-9]{7,8}(?![0-9])");

    private PersonalDataCheck() {
    }

    /** The code of the first kind of personal data found in a text (ID number, then phone number); empty if none. */
    static Optional<String> problemOf(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        String compact = SEPARATOR_BETWEEN_DIGITS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)
                .toUpperCase(Locale.ROOT)).replaceAll("");
        Matcher id = ID_NUMBER.matcher(compact);
        while (id.find()) {
            if (NationalIdNumber.problem(id.group()).isEmpty()) {
                return Optional.of(ID_NUMBER_IN_TEXT);
            }
        }
        if (MOBILE.matcher(compact).find() || LANDLINE.matcher(compact).find()) {
            return Optional.of(PHONE_NUMBER_IN_TEXT);
        }
        return Optional.empty();
    }

    /** A message for people that names the kind of data, never the data found. */
    static String message(String field, String code) {
        return switch (code) {
            case ID_NUMBER_IN_TEXT -> field + " contains what looks like a national ID number: remove it.";
            case PHONE_NUMBER_IN_TEXT -> field + " contains what looks like a phone number: remove it.";
            default -> field + " contains the name of a child registered in the case's region: remove it.";
        };
    }
}
