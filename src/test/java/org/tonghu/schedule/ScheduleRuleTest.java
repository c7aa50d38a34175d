package org.tonghu.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tonghu.testing.Database;
import org.tonghu.testing.LocalModeTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The schedule rule (visit_due_on, the one place it lives) against hand-computed dates: month and quarter
 * boundaries, leap years, the first visit of a new child and a child who becomes high-risk mid-quarter.
 */
@QuarkusTest
@QuarkusTestResource(LocalModeTestResource.class)
class ScheduleRuleTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "-", value = {
            // case, last visit, registered, interval, risk changed on, previous interval, due
            "new child with no visit yet: due by the end of the registration month, -, 2024-01-15, 1, -, -, 2024-01-31",
            "new child registered on the month's last day, -, 2024-01-31, 1, -, -, 2024-01-31",
            "new child: home visit due by the end of the registration quarter, -, 2024-02-10, 3, -, -, 2024-03-31",
            "a contact on the last day of January: next due by the end of February (leap year), "
                    + "2024-01-31, 2023-06-01, 1, -, -, 2024-02-29",
            "a contact on 29 February: next due by the end of March, 2024-02-29, 2023-06-01, 1, -, -, 2024-03-31",
            "non-leap February, 2023-01-15, 2022-06-01, 1, -, -, 2023-02-28",
            "a home visit on the quarter's last day: next due by the end of the next quarter, "
                    + "2024-03-31, 2023-06-01, 3, -, -, 2024-06-30",
            "a home visit on the quarter's first day, 2024-04-01, 2023-06-01, 3, -, -, 2024-09-30",
            "across the year end, 2023-12-31, 2023-06-01, 3, -, -, 2024-03-31",
            "a December contact: due by the end of January, 2023-12-05, 2023-06-01, 1, -, -, 2024-01-31",
            "a visit before registration does not shorten the first period, "
                    + "2023-12-20, 2024-02-10, 1, -, -, 2024-02-29",
            "high-risk from 10 February after a January home visit: due by the end of February, "
                    + "2024-01-05, 2023-06-01, 1, 2024-02-10, 3, 2024-02-29",
            "high-risk from 10 February after a December home visit: due by the end of February, "
                    + "2023-12-15, 2023-06-01, 1, 2024-02-10, 3, 2024-02-29",
            "high-risk from 10 February while already overdue: stays overdue, "
                    + "2023-09-20, 2023-06-01, 1, 2024-02-10, 3, 2023-12-31",
            "high-risk and never visited (overdue): stays overdue, -, 2023-06-01, 1, 2024-02-10, 3, 2023-06-30",
            "high-risk with a home visit after the change: the monthly rule, "
                    + "2024-02-12, 2023-06-01, 1, 2024-02-10, 3, 2024-03-31",
            "back to standard risk: the quarterly rule from the last visit, "
                    + "2024-01-05, 2023-06-01, 3, 2024-02-10, 1, 2024-06-30",
            "every two months, 2024-05-31, 2023-06-01, 2, -, -, 2024-08-31",
            "every half year, 2024-05-31, 2023-06-01, 6, -, -, 2024-12-31" })
    void shouldComputeTheDueDate(String description, LocalDate lastVisit, LocalDate registeredOn, int interval,
            LocalDate riskChangedOn, Integer previousInterval, LocalDate expected) throws SQLException {
        try (Connection connection = Database.asService();
                PreparedStatement statement = connection.prepareStatement("select visit_due_on(?, ?, ?, ?, ?)")) {
            statement.setObject(1, lastVisit == null ? null : Date.valueOf(lastVisit), Types.DATE);
            statement.setDate(2, Date.valueOf(registeredOn));
            statement.setInt(3, interval);
            statement.setObject(4, riskChangedOn == null ? null : Date.valueOf(riskChangedOn), Types.DATE);
            statement.setObject(5, previousInterval, Types.INTEGER);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                assertEquals(expected, result.getDate(1).toLocalDate(), description);
            }
        }
    }
}
