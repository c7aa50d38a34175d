package org.tonghu.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Reads the values of native-query rows, whatever Java type the driver chose for them. */
public final class SqlValues {

    private SqlValues() {
    }

    /** A {@code date} column: {@link java.sql.Date} or {@link LocalDate}; null stays null. */
    public static LocalDate date(Object value) {
        return value == null ? null : value instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) value;
    }

    /** A count or other integer column. */
    public static int integer(Object value) {
        return ((Number) value).intValue();
    }

    /** A {@code timestamptz} column: {@link OffsetDateTime}, {@link Instant} or {@link java.sql.Timestamp}. */
    public static OffsetDateTime timestamp(Object value) {
        if (value == null || value instanceof OffsetDateTime) {
            return (OffsetDateTime) value;
        }
        Instant instant = value instanceof java.sql.Timestamp sql ? sql.toInstant() : (Instant) value;
        return instant.atOffset(ZoneOffset.UTC);
    }
}
