package org.tonghu.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A validated request for one page of a keyset-paginated list: how many rows ({@code first}, 1 to
 * {@value #MAX_FIRST}, default {@value #DEFAULT_FIRST}) and after which key. Cursors are opaque to clients: the
 * base64url of a kind prefix and the row's sort key, so a cursor of one list cannot be replayed on another.
 */
public record PageRequest(int first, Optional<String> afterKey) {

    public static final int DEFAULT_FIRST = 20;
    public static final int MAX_FIRST = 100;

    public static final String FIRST_OUT_OF_RANGE = "FIRST_OUT_OF_RANGE";
    public static final String INVALID_CURSOR = "INVALID_CURSOR";

    /** The schema's description of the {@code first} argument of every list. */
    public static final String FIRST_DESCRIPTION = "How many rows to return: 1 to " + MAX_FIRST + ", default "
            + DEFAULT_FIRST + " (else VALIDATION_FAILED with FIRST_OUT_OF_RANGE).";
    /** The schema's description of the {@code after} argument of every list. */
    public static final String AFTER_DESCRIPTION = "The endCursor of the previous page of the same list; omit it for "
            + "the first page. Cursors are opaque (a cursor of another list: INVALID_CURSOR).";
    /** The schema's description of a connection's {@code edges}. */
    public static final String EDGES_DESCRIPTION = "The rows of this page with their cursors, in the list's order.";
    /** The schema's description of a connection's {@code pageInfo}. */
    public static final String PAGE_INFO_DESCRIPTION = "Whether more rows follow, and the cursors to page on with.";
    /** The schema's description of an edge's {@code cursor}. */
    public static final String CURSOR_DESCRIPTION = "This row's opaque cursor: pass it as after to read the rows "
            + "that follow it.";
    /** The schema's description of an edge's {@code node}. */
    public static final String NODE_DESCRIPTION = "The row itself.";

    /** Validates {@code first} and decodes {@code after}, a cursor made by {@link #cursor} for the same kind. */
    public static PageRequest of(Integer first, String after, String kind) {
        int size = first == null ? DEFAULT_FIRST : first;
        if (size < 1 || size > MAX_FIRST) {
            throw ValidationFailedException.of("first", FIRST_OUT_OF_RANGE,
                    "first must be between 1 and " + MAX_FIRST + ".");
        }
        if (after == null) {
            return new PageRequest(size, Optional.empty());
        }
        String decoded;
        try {
            decoded = new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalidCursor();
        }
        String prefix = kind + ":";
        if (!decoded.startsWith(prefix) || decoded.length() == prefix.length()) {
            throw invalidCursor();
        }
        return new PageRequest(size, Optional.of(decoded.substring(prefix.length())));
    }

    /** How many rows to fetch: one more than the page, to know whether another page follows. */
    public int fetchSize() {
        return first + 1;
    }

    public static String cursor(String kind, String key) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((kind + ":" + key).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Builds a connection from up to {@link #fetchSize()} rows fetched in key order after {@link #afterKey()}.
     *
     * @param kind the cursor kind of this list
     * @param key the sort key of a node
     * @param edge makes an edge from a cursor and a node
     * @param connection makes the connection from its edges and page info
     */
    public <N, E, C> C toConnection(List<N> rows, String kind, Function<N, String> key,
            BiFunction<String, N, E> edge, BiFunction<List<E>, PageInfo, C> connection) {
        boolean hasNextPage = rows.size() > first;
        List<N> page = hasNextPage ? rows.subList(0, first) : rows;
        List<E> edges = page.stream().map(node -> edge.apply(cursor(kind, key.apply(node)), node)).toList();
        String startCursor = page.isEmpty() ? null : cursor(kind, key.apply(page.get(0)));
        String endCursor = page.isEmpty() ? null : cursor(kind, key.apply(page.get(page.size() - 1)));
        return connection.apply(edges, new PageInfo(hasNextPage, afterKey.isPresent(), startCursor, endCursor));
    }

    /**
     * Splits a "text|uuid" sort key (a name and an id, a region code and an id, ...) as made for keyset paging;
     * {@code INVALID_CURSOR} when it is not one.
     */
    public static String[] textAndId(String key) {
        int separator = key.lastIndexOf('|');
        if (separator < 0) {
            throw invalidCursor();
        }
        String[] parts = { key.substring(0, separator), key.substring(separator + 1) };
        try {
            java.util.UUID.fromString(parts[1]);
        } catch (IllegalArgumentException e) {
            throw invalidCursor();
        }
        return parts;
    }

    /** The error for a cursor that is not one of this list's. */
    public static ValidationFailedException invalidCursor() {
        return ValidationFailedException.of("after", INVALID_CURSOR, "after is not a cursor of this list.");
    }
}
