package org.tonghu.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

class SqlFailuresTest {

    @Test
    void shouldNameTheKindAndTheSqlStateButNeverTheMessage() {
        SQLException duplicate = new SQLException(
                "duplicate key value violates unique constraint; Key (id_number)=(140521201501010011) already exists",
                "23505");
        RuntimeException wrapped = new IllegalStateException("could not execute statement: " + duplicate.getMessage(),
                new RuntimeException(duplicate));
        assertEquals("SQLException, SQLState 23505", SqlFailures.describe(wrapped));
    }

    @Test
    void shouldSaySoWhenNoCauseHasAnSqlState() {
        assertEquals("IllegalStateException, no SQLState",
                SqlFailures.describe(new IllegalStateException("child 张三 not found")));
    }
}
