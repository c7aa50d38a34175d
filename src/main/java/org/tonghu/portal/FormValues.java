package org.tonghu.portal;

import org.tonghu.graphql.ValidationFailedException;

/** Reading posted form values into the API's types; a value the form could not have sent is a field problem. */
public final class FormValues {

    private FormValues() {
    }

    /** The constant of this name, or {@code INVALID} on the field. */
    public static <E extends Enum<E>> E choice(Class<E> type, String name, String field) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ValidationFailedException.of(field, "INVALID", "Choose one.");
        }
    }

    /** Whether nothing but spaces was typed. */
    public static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
