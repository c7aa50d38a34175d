package org.tonghu.goodpractice;

/**
 * How many good-practice cases of a round took place under a region, by state (for the annual progress report).
 *
 * @param published published cases; {@code selected} are selected but not yet published
 */
public record GoodPracticeCounts(int draft, int submitted, int recommended, int returned, int selected,
        int published) {

    /** Every case, whatever its state. */
    public int total() {
        return draft + submitted + recommended + returned + selected + published;
    }

    /** The cases that reached the level above at least once and were not returned: submitted or further. */
    public int submittedOrFurther() {
        return submitted + recommended + selected + published;
    }
}
