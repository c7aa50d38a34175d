package org.tonghu.validation;

import java.text.Normalizer;
import java.util.List;

import org.tonghu.graphql.Problem;

/** Rules for free text from clients: names and short labels. */
public final class TextRules {

    public static final String REQUIRED = "REQUIRED";
    public static final String TOO_LONG = "TOO_LONG";
    public static final String HAS_CONTROL_CHARACTERS = "HAS_CONTROL_CHARACTERS";

    private TextRules() {
    }

    public static final String PHONE_INVALID = "PHONE_INVALID";

    /** Mainland mobile numbers, and landlines with an area code. */
    private static final java.util.regex.Pattern PHONE =
            java.util.regex.Pattern.compile("1[3-9][0-9]{9}|0[1-9][0-9]{1,2}-?[0-9]{7,8}");

    /** A mainland phone number without spaces, or null when absent; adds a problem when it is not one. */
    public static String phone(String field, String value, List<Problem> problems) {
        String phone = value == null || value.isBlank() ? null : value.strip().replace(" ", "");
        if (phone != null && !PHONE.matcher(phone).matches()) {
            problems.add(Problem.ofField(field, PHONE_INVALID,
                    field + " must be a mainland mobile or landline number."));
            return null;
        }
        return phone;
    }

    /** Escapes LIKE wildcards (and the escape character, a backslash) for a pattern used with {@code escape '\\'}. */
    public static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** Whether a code point is a control, format (invisible), unassigned, private-use or separator character. */
    public static boolean isControlOrInvisible(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE || type == Character.SURROGATE
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }

    /**
     * Normalises (NFC, stripped) and checks a text field; adds a problem with the field's name and returns null when
     * it is not acceptable. A null or blank optional field is returned as null without a problem.
     */
    public static String text(String field, String value, int maxLength, boolean required, List<Problem> problems) {
        String normalised = value == null ? "" : Normalizer.normalize(value, Normalizer.Form.NFC).strip();
        if (normalised.isEmpty()) {
            if (required) {
                problems.add(Problem.ofField(field, REQUIRED, field + " is required."));
            }
            return null;
        }
        if (normalised.codePointCount(0, normalised.length()) > maxLength) {
            problems.add(Problem.ofField(field, TOO_LONG, field + " may have at most " + maxLength + " characters."));
            return null;
        }
        if (normalised.codePoints().anyMatch(TextRules::isControlOrInvisible)) {
            problems.add(Problem.ofField(field, HAS_CONTROL_CHARACTERS,
                    field + " must not contain control or invisible characters."));
            return null;
        }
        return normalised;
    }
}
