package org.tonghu.persistence;

import java.sql.SQLException;

/**
 * What may be logged of a failed database call: the exception's kind and the SQLState, never its message. A
 * PostgreSQL message can quote the row that failed (a duplicate key's value, a check's row), and rows here hold
 * children's personal data.
 */
public final class SqlFailures {

    private SqlFailures() {
    }

    /** E.g. {@code PSQLException, SQLState 57014}; the first SQLState found in the cause chain. */
    public static String describe(Throwable failure) {
        for (Throwable next = failure; next != null; next = next.getCause()) {
            if (next instanceof SQLException sql && sql.getSQLState() != null) {
                return next.getClass().getSimpleName() + ", SQLState " + sql.getSQLState();
            }
            if (next.getCause() == next) {
                break;
            }
        }
        return failure.getClass().getSimpleName() + ", no SQLState";
    }
}
