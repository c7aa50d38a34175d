package org.tonghu.openstatistics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The suppression rules on tables whose every cell is known, and the periods. */
class SmallCellsTest {

    @Test
    void shouldSuppressAThreeAndItsLinesNextSmallestButShowZerosAndFives() {
        // rows: three sub-regions, then the totals; columns: children, then two categories
        long[][] table = {
            { 12, 7, 5 },
            { 3, 3, 0 },
            { 6, 6, 0 },
            { 21, 16, 5 } };
        boolean[][] suppressed = SmallCells.suppress(table);
        assertArrayEquals(new boolean[] { false, false, false }, suppressed[0]);
        assertArrayEquals(new boolean[] { true, true, false }, suppressed[1], "the 3s (primary); the 0 is shown");
        assertArrayEquals(new boolean[] { true, true, false }, suppressed[2],
                "the next-smallest of each column with one small cell (secondary)");
        assertArrayEquals(new boolean[] { false, false, false }, suppressed[3], "totals stay: two cells hide under "
                + "each");
    }

    @Test
    void shouldSuppressTheTotalWhenNoOtherCellOfTheLineCanHideTheSmallOne() {
        long[][] table = {
            { 13, 7, 5, 1 },
            { 6, 6, 0, 0 },
            { 19, 13, 5, 1 } };
        boolean[][] suppressed = SmallCells.suppress(table);
        assertTrue(suppressed[0][3] && suppressed[2][3], "the 1 and its column total (primary)");
        assertTrue(suppressed[0][2], "row 0 had one suppressed cell: its next-smallest, the 5, goes too");
        assertTrue(suppressed[2][2], "the 5's column has no other positive detail: its total goes");
        assertFalse(suppressed[1][1] || suppressed[0][1], "the rest shows");
        assertLinesHideNoneOrSeveral(table, suppressed);
    }

    @Test
    void shouldLeaveNoLineWithASingleSuppressedCellOnAnyTable() {
        Random random = new Random(20261203);
        for (int round = 0; round < 500; round++) {
            int rows = 1 + random.nextInt(8);
            int categories = 1 + random.nextInt(8);
            long[][] table = new long[rows + 1][categories + 1];
            for (int r = 0; r < rows; r++) {
                // every child is in at least one category, and in the row's children
                long most = 0;
                for (int c = 1; c <= categories; c++) {
                    table[r][c] = random.nextInt(4) == 0 ? 0 : random.nextInt(12);
                    most = Math.max(most, table[r][c]);
                }
                table[r][0] = most == 0 ? 0 : most + random.nextInt(3);
            }
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c <= categories; c++) {
                    table[rows][c] += table[r][c];
                }
            }
            boolean[][] suppressed = SmallCells.suppress(table);
            for (int r = 0; r <= rows; r++) {
                for (int c = 0; c <= categories; c++) {
                    if (table[r][c] > 0 && table[r][c] < SmallCells.THRESHOLD) {
                        assertTrue(suppressed[r][c], "every count of 1 to 4 is suppressed");
                    }
                    if (table[r][c] == 0) {
                        assertFalse(suppressed[r][c], "a zero is shown");
                    }
                }
            }
            assertLinesHideNoneOrSeveral(table, suppressed);
        }
    }

    @Test
    void shouldReadYearsAndQuarters() {
        StatisticsPeriod quarter = StatisticsPeriod.parse("2025-Q3").orElseThrow();
        assertEquals(LocalDate.of(2025, 7, 1), quarter.start());
        assertEquals(LocalDate.of(2025, 9, 30), quarter.end());
        assertEquals(LocalDate.of(2025, 8, 15), quarter.asOf(LocalDate.of(2025, 8, 15)));
        assertEquals("2025-Q3", quarter.label());
        StatisticsPeriod year = StatisticsPeriod.parse("2024").orElseThrow();
        assertEquals(LocalDate.of(2024, 12, 31), year.asOf(LocalDate.of(2026, 1, 1)));
        for (String bad : new String[] { "", "2025-Q5", "1999", "25", "2025Q1", "2025-q1", "2025-Q1-x" }) {
            assertEquals(Optional.empty(), StatisticsPeriod.parse(bad), bad);
        }
        assertNotEquals(Optional.empty(), StatisticsPeriod.parse(" 2025-Q4 "));
    }

    /** Every column (details and total) and every row (categories and children) hides no cell or at least two. */
    private static void assertLinesHideNoneOrSeveral(long[][] table, boolean[][] suppressed) {
        for (int c = 0; c < table[0].length; c++) {
            int hidden = 0;
            for (boolean[] row : suppressed) {
                hidden += row[c] ? 1 : 0;
            }
            assertNotEquals(1, hidden, "column " + c);
        }
        for (int r = 0; r < table.length; r++) {
            int hidden = 0;
            for (boolean cell : suppressed[r]) {
                hidden += cell ? 1 : 0;
            }
            assertNotEquals(1, hidden, "row " + r);
        }
    }
}
