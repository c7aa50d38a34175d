package org.tonghu.persistence;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.tonghu.graphql.PageRequest;

/**
 * A native SQL statement built from fixed text and bound parameters: only the store's own text is ever concatenated,
 * every value is bound. Stores use it for the queries JPQL cannot say (scopes over {@code child}, keyset pages,
 * aggregates) instead of a {@code StringBuilder}, a parameter map and an unchecked cast each.
 *
 * <pre>{@code
 * return NativeSql.of("select r.* from care_record r where r.child_id = :child").bind("child", childId)
 *         .andIf(!throughJurisdiction, "r.recorder_organization_id = :organization", "organization", organizationId)
 *         .keysetPage(page, Keyset.dateThenId("r.provided_on", "r.id", Keyset.Order.DESCENDING))
 *         .list(entityManager, CareRecord.class);
 * }</pre>
 */
public final class NativeSql {

    private final StringBuilder text;
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private int maxResults = -1;

    private NativeSql(String fixedText) {
        this.text = new StringBuilder(fixedText);
    }

    /** Starts a statement with fixed text. */
    public static NativeSql of(String fixedText) {
        return new NativeSql(fixedText);
    }

    /** Appends fixed text, never input. */
    public NativeSql append(String fixedText) {
        text.append(fixedText);
        return this;
    }

    /** Binds a named parameter. */
    public NativeSql bind(String name, Object value) {
        parameters.put(name, value);
        return this;
    }

    /** Binds several named parameters, as a scope predicate hands them over. */
    public NativeSql bindAll(Map<String, ?> values) {
        parameters.putAll(values);
        return this;
    }

    /** Appends {@code and <condition>}. */
    public NativeSql and(String condition) {
        text.append(" and ").append(condition);
        return this;
    }

    /** Appends {@code and <condition>} binding one parameter. */
    public NativeSql and(String condition, String name, Object value) {
        return and(condition).bind(name, value);
    }

    /** Appends {@code and <condition>} binding one parameter, when a filter is given. */
    public NativeSql andIf(boolean given, String condition, String name, Object value) {
        return given ? and(condition, name, value) : this;
    }

    /**
     * Appends the page's keyset condition (rows after its cursor) and the keyset's order, and limits the statement to
     * {@link PageRequest#fetchSize()} rows, one more than the page, for {@link PageRequest#toConnection}.
     */
    public NativeSql keysetPage(PageRequest page, Keyset keyset) {
        page.afterKey().ifPresent(key -> keyset.appendAfter(this, key));
        text.append(" order by ").append(keyset.orderBy());
        return limit(page.fetchSize());
    }

    /** Limits the statement to {@code rows} rows. */
    public NativeSql limit(int rows) {
        this.maxResults = rows;
        return this;
    }

    /** The rows, as entities of a mapped type. */
    @SuppressWarnings("unchecked")
    public <T> List<T> list(EntityManager entityManager, Class<T> entityType) {
        return prepare(entityManager.createNativeQuery(text.toString(), entityType)).getResultList();
    }

    /** The rows, as arrays of column values (see {@link SqlValues} to read them). */
    @SuppressWarnings("unchecked")
    public List<Object[]> rows(EntityManager entityManager) {
        return prepare(entityManager.createNativeQuery(text.toString())).getResultList();
    }

    /** The values of a single-column result. */
    @SuppressWarnings("unchecked")
    public <T> List<T> column(EntityManager entityManager, Class<T> type) {
        return prepare(entityManager.createNativeQuery(text.toString(), type)).getResultList();
    }

    /**
     * How many rows the statement finds: one {@code count(*)} over it as it stands, so call it before
     * {@link #keysetPage} (a connection's {@code totalCount} counts the same filtered, scoped rows as its pages).
     */
    public long count(EntityManager entityManager) {
        Query query = entityManager.createNativeQuery("select count(*) from (" + text + ") as counted", Long.class);
        parameters.forEach(query::setParameter);
        return ((Number) query.getSingleResult()).longValue();
    }

    /** Runs an insert, update or delete; returns the rows changed. */
    public int execute(EntityManager entityManager) {
        return prepare(entityManager.createNativeQuery(text.toString())).executeUpdate();
    }

    @Override
    public String toString() {
        return text.toString();
    }

    private Query prepare(Query query) {
        parameters.forEach(query::setParameter);
        if (maxResults >= 0) {
            query.setMaxResults(maxResults);
        }
        return query;
    }

    /**
     * The sort key of a keyset-paginated list: one or two columns (or fixed expressions) and the direction. The cursor
     * key a list hands out must be made by {@link #key} of the same keyset.
     */
    public record Keyset(String first, String second, Order order, KeyKind kind) {

        /** The direction of a list. */
        public enum Order {
            ASCENDING, DESCENDING
        }

        /** What the first part of a key holds. */
        enum KeyKind {
            TEXT, DATE, TIMESTAMP, TEXT_ONLY
        }

        /** Sorted by a date column then an id: cursors "yyyy-mm-dd|uuid". */
        public static Keyset dateThenId(String date, String id, Order order) {
            return new Keyset(date, id, order, KeyKind.DATE);
        }

        /** Sorted by a timestamp column then an id: cursors "iso-offset-date-time|uuid". */
        public static Keyset timestampThenId(String timestamp, String id, Order order) {
            return new Keyset(timestamp, id, order, KeyKind.TIMESTAMP);
        }

        /** Sorted by a text column (a name, a code) then an id, ascending: cursors "text|uuid". */
        public static Keyset textThenId(String text, String id) {
            return new Keyset(text, id, Order.ASCENDING, KeyKind.TEXT);
        }

        /** Sorted by a unique text column alone (a region code), ascending: cursors are the text. */
        public static Keyset uniqueText(String text) {
            return new Keyset(text, null, Order.ASCENDING, KeyKind.TEXT_ONLY);
        }

        /** The cursor key of a row with these values (the second is ignored for {@link #uniqueText}). */
        public String key(Object firstValue, Object secondValue) {
            return kind == KeyKind.TEXT_ONLY ? String.valueOf(firstValue) : firstValue + "|" + secondValue;
        }

        String orderBy() {
            String direction = order == Order.DESCENDING ? " desc" : "";
            return second == null ? first + direction : first + direction + ", " + second + direction;
        }

        void appendAfter(NativeSql sql, String key) {
            if (kind == KeyKind.TEXT_ONLY) {
                sql.and(first + " > :afterKey", "afterKey", key);
                return;
            }
            String[] parts = PageRequest.textAndId(key);
            String comparison = order == Order.DESCENDING ? " < " : " > ";
            sql.and("(" + first + ", " + second + ")" + comparison + "(:afterKey, :afterId)")
                    .bind("afterKey", firstValue(parts[0])).bind("afterId", UUID.fromString(parts[1]));
        }

        private Object firstValue(String text) {
            try {
                return switch (kind) {
                    case DATE -> LocalDate.parse(text);
                    case TIMESTAMP -> OffsetDateTime.parse(text);
                    default -> text;
                };
            } catch (DateTimeException e) {
                throw PageRequest.invalidCursor();
            }
        }
    }
}
