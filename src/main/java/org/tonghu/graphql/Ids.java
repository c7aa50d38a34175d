package org.tonghu.graphql;

import java.util.UUID;

/** Ids as the graph passes them: UUID text. */
public final class Ids {

    public static final String INVALID_ID = "INVALID_ID";

    private Ids() {
    }

    /** The id, or {@code VALIDATION_FAILED} with {@code INVALID_ID} on the named argument. */
    public static UUID parse(String argument, String id) {
        try {
            return UUID.fromString(id == null ? "" : id.strip());
        } catch (IllegalArgumentException e) {
            throw ValidationFailedException.of(argument, INVALID_ID, argument + " is not an id.");
        }
    }

    /** The id, or empty when it is not one: for look-ups where a malformed id simply finds nothing. */
    public static java.util.Optional<UUID> tryParse(String id) {
        try {
            return java.util.Optional.of(UUID.fromString(id == null ? "" : id.strip()));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }
}
