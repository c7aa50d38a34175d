package org.tonghu.openstatistics;

/**
 * Small-cell suppression of a table of counts that is published with its totals.
 * <p>
 * The table has detail rows (sub-regions) and a last row of column totals (each the sum of the detail above it);
 * column 0 holds each row's children, the other columns the children of one category. A count of 1 to
 * {@value #THRESHOLD}-1 is not shown (<em>primary</em> suppression). A zero is shown: it describes nobody.
 * <p>
 * A line of the table is a column (its details and its total: the total is their sum) or a row (its categories and its
 * children count in column 0, treated as the row's total although categories overlap: the rule is applied as if the
 * row added up, which can only suppress more). Where a line holds exactly one suppressed cell, the others and the
 * total would give it away, so the line's next-smallest positive detail is suppressed too (<em>secondary</em>
 * suppression), or its total when no detail is left; this repeats until every line holds no suppressed cell or at
 * least two.
 */
final class SmallCells {

    /** The smallest count shown; 1 to THRESHOLD - 1 are suppressed. */
    static final int THRESHOLD = 5;

    private SmallCells() {
    }

    /**
     * Which cells to suppress.
     *
     * @param counts {@code counts[row][column]}: the detail rows, then the totals row as the last row; column 0 the
     *        rows' totals (children), columns 1.. the categories
     * @return {@code suppressed[row][column]}
     */
    static boolean[][] suppress(long[][] counts) {
        int rows = counts.length;
        int columns = rows == 0 ? 0 : counts[0].length;
        boolean[][] suppressed = new boolean[rows][columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                suppressed[r][c] = counts[r][c] > 0 && counts[r][c] < THRESHOLD;
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int c = 0; c < columns; c++) {
                int[][] line = new int[rows][];
                for (int r = 0; r < rows; r++) {
                    line[r] = new int[] { r, c };
                }
                changed |= protect(counts, suppressed, line);
            }
            for (int r = 0; r < rows; r++) {
                int[][] line = new int[columns][];
                // the row's total (column 0) last, as the line's total
                for (int c = 1; c < columns; c++) {
                    line[c - 1] = new int[] { r, c };
                }
                line[columns - 1] = new int[] { r, 0 };
                changed |= protect(counts, suppressed, line);
            }
        }
        return suppressed;
    }

    /**
     * Suppresses one more cell of a line (cells as {row, column}, its total last) that holds exactly one suppressed
     * cell; whether it did.
     */
    private static boolean protect(long[][] counts, boolean[][] suppressed, int[][] line) {
        int hidden = 0;
        for (int[] cell : line) {
            if (suppressed[cell[0]][cell[1]]) {
                hidden++;
            }
        }
        if (hidden != 1) {
            return false;
        }
        int[] pick = null;
        for (int i = 0; i < line.length - 1; i++) {
            int[] cell = line[i];
            long count = counts[cell[0]][cell[1]];
            if (!suppressed[cell[0]][cell[1]] && count > 0
                    && (pick == null || count < counts[pick[0]][pick[1]])) {
                pick = cell;
            }
        }
        if (pick == null) {
            pick = line[line.length - 1];
            if (suppressed[pick[0]][pick[1]]) {
                return false;
            }
        }
        suppressed[pick[0]][pick[1]] = true;
        return true;
    }
}
