package org.tonghu.notification;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A feature's deadlines, for the alerts that time causes (a deadline near or passed, a review due). A feature
 * implements it as a bean; the deadline-alert job asks every source, once per run across all instances of the service,
 * for the notices of what came near or passed since its last run, and sends them in the same transaction as it moves
 * its mark for that source. A notice's occasion makes it once, so an interval asked twice adds nothing.
 */
public interface DeadlineAlertSource {

    /** A stable name: the job keeps under it how far it has looked. Changing it re-reads a look-back window. */
    String name();

    /**
     * The notices for the deadlines that came near or passed in {@code (from, to]}, by the rule of the feature; read in
     * the job's transaction. Must read only the rows whose moments fall in the interval (an index on them), never every
     * open deadline, so a run costs what happened since the last one.
     */
    List<Notice> noticesBetween(OffsetDateTime from, OffsetDateTime to);
}
